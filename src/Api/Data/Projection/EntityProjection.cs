using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Common;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Dialoogtafels.Api.Data.Projection;

/// <summary>
/// Projects an entity to the columns a query needs: <c>e =&gt; new Idea { Id = e.Id, Title = e.Title }</c>.
/// A GraphQL field reads the scalar property of the same name (<c>title</c> → <c>Title</c>) unless
/// it declares other members with <see cref="ReadsMetadataKey"/> (e.g. a reference reads its foreign
/// key). A selected reference field declared with <see cref="Joins{TSource, TReturn}"/> is read in
/// the same statement (a <c>LEFT JOIN</c>): <c>Table = visible(e.Table) ? new Table { … } : null</c>,
/// up to <see cref="MaxJoinDepth"/> references deep; collections are never projected (they are
/// loaded in batches of their own). The key is always read. Projections are cached per member set
/// and visibility scope.
/// </summary>
public static class EntityProjection
{
    /// <summary>Field metadata key: the entity members a field's resolver reads (<c>string[]</c>).</summary>
    public const string ReadsMetadataKey = "projection.reads";

    /// <summary>Field metadata key: the reference navigation a field's resolver reads when it was projected (<see cref="PropertyInfo"/>).</summary>
    public const string JoinsMetadataKey = "projection.joins";

    /// <summary>How many references deep a projection joins (<c>table { dialogue { … } }</c> is two).</summary>
    public const int MaxJoinDepth = 2;

    private static readonly ConcurrentDictionary<(Type, string), LambdaExpression> Cache = new();

    /// <summary>The projection of <typeparamref name="T"/> for the fields <paramref name="selected"/>, for the caller of <paramref name="context"/>.</summary>
    /// <param name="context">The resolver's context (schema and the caller's visibility).</param>
    /// <param name="selected">The selected fields.</param>
    /// <param name="joins">Whether references are joined. False where the projection is applied to
    /// rows EF Core cannot follow navigations from (the flat rows of <c>NavigationQuery</c>): there a
    /// navigation would be evaluated in memory, unloaded, and read as "not visible".</param>
    public static Expression<Func<T, T>> For<T>(IResolveFieldContext context, Selection selected, bool joins = true) where T : class, IEntity =>
        Build<T>(context.Schema, context.RequestServices!.GetRequiredService<ContentVisibility>(), selected, joins ? 0 : MaxJoinDepth).Projection;

    /// <summary>Declares that the field's resolver reads <paramref name="members"/> of its source entity (so projections include them).</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] members)
    {
        field.FieldType.Metadata[ReadsMetadataKey] = members;
        return field;
    }

    /// <summary>
    /// Declares that projections may read the reference <paramref name="navigation"/> of the source
    /// entity with the source itself; the resolver then finds it on the source (null: not projected,
    /// or not visible).
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Joins<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, PropertyInfo navigation)
    {
        field.FieldType.Metadata[JoinsMetadataKey] = navigation;
        return field;
    }

    /// <summary>A stable name of a projection's members, joined references included, for DataLoader names.</summary>
    public static string Signature<T>(Expression<Func<T, T>> projection) => Signature((MemberInitExpression)projection.Body);

    private static string Signature(MemberInitExpression init) =>
        string.Join(",", init.Bindings.Select(b => b is MemberAssignment { Expression: ConditionalExpression { IfTrue: MemberInitExpression nested } }
            ? $"{b.Member.Name}{{{Signature(nested)}}}"
            : b.Member.Name));

    private static (Expression<Func<T, T>> Projection, string Key) Build<T>(ISchema schema, ContentVisibility visibility, Selection selected, int depth)
        where T : class, IEntity
    {
        var type = schema.AllTypes[typeof(T).Name] as IComplexGraphType;
        var members = new SortedSet<string>(StringComparer.Ordinal) { nameof(ContentEntity.Id) };
        var joins = new SortedDictionary<string, (PropertyInfo Navigation, LambdaExpression Projection, string Key)>(StringComparer.Ordinal);
        foreach (var name in selected.Names)
        {
            var field = type?.GetField(name);
            if (depth < MaxJoinDepth && field?.GetMetadata<PropertyInfo>(JoinsMetadataKey) is { } navigation && !joins.ContainsKey(navigation.Name))
            {
                var (projection, key) = ((LambdaExpression, string))Nested(navigation.PropertyType).Invoke(null, [schema, visibility, selected.Of(name), depth + 1])!;
                joins[navigation.Name] = (navigation, projection, key);
            }

            if (field?.GetMetadata<string[]>(ReadsMetadataKey) is { } reads) members.UnionWith(reads);
            else if (Scalar<T>(name) is { } property) members.Add(property.Name);
        }

        var cacheKey = $"{visibility.Scope}|{string.Join(",", members)}|{string.Join(",", joins.Select(j => $"{j.Key}{{{j.Value.Key}}}"))}";
        var lambda = (Expression<Func<T, T>>)Cache.GetOrAdd((typeof(T), cacheKey), _ => Lambda<T>(members, joins.Values, visibility));
        return (lambda, cacheKey);
    }

    private static MethodInfo Nested(Type target) => NestedMethods.GetOrAdd(target, t => typeof(EntityProjection)
        .GetMethod(nameof(BuildUntyped), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(t));

    private static readonly ConcurrentDictionary<Type, MethodInfo> NestedMethods = new();

    private static (LambdaExpression, string) BuildUntyped<T>(ISchema schema, ContentVisibility visibility, Selection selected, int depth)
        where T : class, IEntity => Build<T>(schema, visibility, selected, depth);

    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Scalars = new();

    // Cached per type and name, so that no reflection runs per selected field and request.
    private static PropertyInfo? Scalar<T>(string fieldName) => Scalars.GetOrAdd((typeof(T), fieldName), static key =>
        key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { CanWrite: true } property
        && IsColumn(property.PropertyType) ? property : null);

    private static bool IsColumn(Type type) =>
        type.IsValueType || type == typeof(string)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)
            && type.GetGenericArguments()[0] is var element && (element.IsValueType || element == typeof(string))); // primitive collections (arrays in PostgreSQL)

    private static Expression<Func<T, T>> Lambda<T>(
        IEnumerable<string> members, IEnumerable<(PropertyInfo Navigation, LambdaExpression Projection, string Key)> joins, ContentVisibility visibility)
    {
        var entity = Expression.Parameter(typeof(T), "e");
        var bindings = members.Select(m => typeof(T).GetProperty(m)!)
            .Where(p => p.CanWrite && IsColumn(p.PropertyType))
            .ToDictionary(p => p.Name, p => (MemberBinding)Expression.Bind(p, Expression.Property(entity, p)));
        foreach (var (navigation, projection, _) in joins)
        {
            // visible(e.Table) ? new Table { … } : null; a nullable foreign key reads null when the
            // target is not visible, so that the resolver knows there is nothing to load.
            var target = Expression.Property(entity, navigation);
            var visible = Expression.AndAlso(
                Expression.NotEqual(target, Expression.Constant(null, navigation.PropertyType)),
                ParameterReplacer.Apply(visibility.Filter(navigation.PropertyType), target));
            bindings[navigation.Name] = Expression.Bind(navigation,
                Expression.Condition(visible, ParameterReplacer.Apply(projection, target), Expression.Constant(null, navigation.PropertyType)));
            if (typeof(T).GetProperty(navigation.Name + "Id") is { PropertyType: var keyType } foreignKey && keyType == typeof(int?) && bindings.ContainsKey(foreignKey.Name))
                bindings[foreignKey.Name] = Expression.Bind(foreignKey,
                    Expression.Condition(visible, Expression.Property(entity, foreignKey), Expression.Constant(null, typeof(int?))));
        }

        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings.Values), entity);
    }

}
