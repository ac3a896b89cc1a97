using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.Data.Search;
using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Api.Data.Catalog;

/// <summary>
/// What the engine knows of one entity, declared once by its feature: the GraphQL object type and
/// its name, the <c>where</c> and <c>order</c> input types of its lists, its full-text search and its
/// editable fields. The names of the derived types follow HotChocolate's conventions from
/// <see cref="TypeName"/>: <c>{TypeName}FilterInput</c>, <c>{TypeName}SortInput</c>.
/// </summary>
public abstract class EntityDescriptor
{
    /// <summary>The entity class.</summary>
    public abstract Type EntityType { get; }

    /// <summary>The GraphQL object type name, e.g. <c>Idea</c>; also the type name in global ids and audit records.</summary>
    public required string TypeName { get; init; }

    /// <summary>The graph type of the entity (a <c>NodeType&lt;T&gt;</c> for content, refetchable through <c>node(id:)</c>).</summary>
    public required Type GraphType { get; init; }

    /// <summary>The <c>{TypeName}FilterInput</c> graph type; null when the entity's lists take no <c>where</c>.</summary>
    public Type? FilterType { get; init; }

    /// <summary>The <c>{TypeName}SortInput</c> graph type; null when the entity's lists take no <c>order</c>.</summary>
    public Type? SortType { get; init; }

    /// <summary>The editable fields (and so the CMS mutations) of the entity; null when it is not edited through the CMS.</summary>
    public IEditableFields? Editing { get; init; }

    /// <summary>
    /// The closure of the entity's hierarchy, for an entity with parents (themes): one
    /// <see cref="Visibility.HierarchyLink"/> per item and each of its ancestors, the item itself at
    /// depth 0, every stored link whatever its visibility. Filters declared with
    /// <c>FilterWithAncestors</c> over a list of this entity match through it; null when the entity
    /// has no hierarchy.
    /// </summary>
    public Func<Microsoft.EntityFrameworkCore.DbContext, IQueryable<Visibility.HierarchyLink>>? Ancestors { get; init; }

    /// <summary>The searched text of the entity (see <see cref="SearchDefinition{T}"/>); null when its lists take no <c>search</c>.</summary>
    public abstract LambdaExpression? SearchDocument { get; }

    /// <summary>The name of the filter input type, <c>{TypeName}FilterInput</c>.</summary>
    public string FilterTypeName => TypeName + "FilterInput";

    /// <summary>The name of the sort input type, <c>{TypeName}SortInput</c>.</summary>
    public string SortTypeName => TypeName + "SortInput";
}

/// <summary>The declaration of the entity <typeparamref name="T"/> (see <see cref="EntityDescriptor"/>).</summary>
/// <typeparam name="T">The entity.</typeparam>
public sealed class EntityDescriptor<T> : EntityDescriptor where T : class, IEntity
{
    /// <inheritdoc />
    public override Type EntityType => typeof(T);

    /// <summary>The full-text search of the entity; null when it is not searchable.</summary>
    public SearchDefinition<T>? Search { get; init; }

    /// <inheritdoc />
    public override LambdaExpression? SearchDocument => Search?.Document;
}
