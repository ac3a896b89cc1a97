using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Api.Data.Catalog;

/// <summary>
/// The entities the engine serves, as their features declare them (<see cref="EntityDescriptor"/>):
/// filtering, sorting, search, paging and editing look an entity up here instead of scanning the
/// assembly or building type names. One instance per schema (a singleton service).
/// </summary>
public sealed class EntityCatalog
{
    private readonly Dictionary<Type, EntityDescriptor> byType = [];
    private readonly Dictionary<string, EntityDescriptor> byName = new(StringComparer.Ordinal);

    /// <summary>A catalogue of <paramref name="entities"/>, in the given order.</summary>
    /// <exception cref="ArgumentException">When an entity class or a GraphQL type name is declared twice.</exception>
    public EntityCatalog(IEnumerable<EntityDescriptor> entities)
    {
        Entities = entities.ToList();
        foreach (var entity in Entities)
        {
            if (!byType.TryAdd(entity.EntityType, entity)) throw new ArgumentException($"{entity.EntityType.Name} is declared twice.", nameof(entities));
            if (!byName.TryAdd(entity.TypeName, entity)) throw new ArgumentException($"The type name {entity.TypeName} is declared twice.", nameof(entities));
        }
    }

    /// <summary>Every declared entity, in declaration order.</summary>
    public IReadOnlyList<EntityDescriptor> Entities { get; }

    /// <summary>The declaration of <paramref name="entityType"/>.</summary>
    /// <exception cref="InvalidOperationException">When no feature declares it.</exception>
    public EntityDescriptor Of(Type entityType) =>
        byType.GetValueOrDefault(entityType) ?? throw new InvalidOperationException($"No feature declares the entity {entityType.Name}.");

    /// <summary>The declaration of <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">When no feature declares it.</exception>
    public EntityDescriptor<T> Of<T>() where T : class, IEntity => (EntityDescriptor<T>)Of(typeof(T));

    /// <summary>The declaration of <paramref name="entityType"/>, or null.</summary>
    public EntityDescriptor? Find(Type entityType) => byType.GetValueOrDefault(entityType);

    /// <summary>The entity whose GraphQL type is named <paramref name="typeName"/> (as in global ids), or null.</summary>
    public EntityDescriptor? FindByTypeName(string typeName) => byName.GetValueOrDefault(typeName);
}
