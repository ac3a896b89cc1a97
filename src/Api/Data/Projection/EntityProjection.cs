using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Dialoogtafels.Domain.Common;
using GraphQL.Builders;
using GraphQL.Types;

namespace Dialoogtafels.Api.Data.Projection;

/// <summary>
/// Projects an entity to the columns a query needs: <c>e =&gt; new Idea { Id = e.Id, Title = e.Title }</c>.
/// A GraphQL field reads the scalar property of the same name (<c>title</c> → <c>Title</c>) unless
/// it declares other members with <see cref="ReadsMetadataKey"/> (e.g. a reference reads its foreign
/// key); navigations are never projected (they are loaded in batches of their own). The key is
/// always read. Projections are cached per member set.
/// </summary>
public static class EntityProjection
{
    /// <summary>Field metadata key: the entity members a field's resolver reads (<c>string[]</c>).</summary>
    public const string ReadsMetadataKey = "projection.reads";

    private static readonly ConcurrentDictionary<(Type, string), LambdaExpression> Cache = new();

    /// <summary>The projection of <typeparamref name="T"/> for the fields <paramref name="selected"/> of the object type <paramref name="type"/>.</summary>
    public static Expression<Func<T, T>> For<T>(IComplexGraphType? type, IReadOnlySet<string> selected) where T : class, IEntity
    {
        var members = new SortedSet<string>(StringComparer.Ordinal) { nameof(ContentEntity.Id) };
        foreach (var name in selected)
        {
            var field = type?.GetField(name);
            if (field?.GetMetadata<string[]>(ReadsMetadataKey) is { } reads) members.UnionWith(reads);
            else if (Scalar<T>(name) is { } property) members.Add(property.Name);
        }

        return (Expression<Func<T, T>>)Cache.GetOrAdd((typeof(T), string.Join(",", members)), _ => Build<T>(members));
    }

    /// <summary>Declares that the field's resolver reads <paramref name="members"/> of its source entity (so projections include them).</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] members)
    {
        field.FieldType.Metadata[ReadsMetadataKey] = members;
        return field;
    }

    /// <summary>A stable name of a projection's member set, for DataLoader names.</summary>
    public static string Signature<T>(Expression<Func<T, T>> projection) =>
        string.Join(",", ((MemberInitExpression)projection.Body).Bindings.Select(b => b.Member.Name));

    private static PropertyInfo? Scalar<T>(string fieldName)
    {
        var property = typeof(T).GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is { CanWrite: true } && IsColumn(property.PropertyType) ? property : null;
    }

    private static bool IsColumn(Type type) =>
        type.IsValueType || type == typeof(string)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)
            && type.GetGenericArguments()[0] is var element && (element.IsValueType || element == typeof(string))); // primitive collections (arrays in PostgreSQL)

    private static Expression<Func<T, T>> Build<T>(IEnumerable<string> members)
    {
        var entity = Expression.Parameter(typeof(T), "e");
        var bindings = members.Select(m => typeof(T).GetProperty(m)!)
            .Where(p => p.CanWrite && IsColumn(p.PropertyType))
            .Select(p => (MemberBinding)Expression.Bind(p, Expression.Property(entity, p)));
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), entity);
    }
}
