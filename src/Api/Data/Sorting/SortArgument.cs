using System.Collections;
using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Domain.Common;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Dialoogtafels.Api.Data.Sorting;

/// <summary>
/// The <c>order: [{Type}SortInput!]</c> argument of list fields (HotChocolate's sorting
/// convention): present on every list field whose entity declares a sort input type (<see cref="EntityDescriptor.SortType"/>); the
/// list order gives key priority, and within one object the fields count in the order written.
/// </summary>
public static class SortArgument
{
    /// <summary>The argument name, as HotChocolate names it.</summary>
    public const string Name = "order";

    /// <summary>Adds <c>order: [{Type}SortInput!]</c> when <paramref name="catalog"/> declares a sort for <typeparamref name="T"/>.</summary>
    public static FieldBuilder<TSource, object> OrderArgument<TSource, T>(this FieldBuilder<TSource, object> field, EntityCatalog catalog)
    {
        if (catalog.Find(typeof(T))?.SortType is { } sortType)
            field.Argument(typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(sortType)), Name,
                argument => argument.Description = "Sorts the list; the first item has the highest priority. The id is always the last tiebreaker.");
        return field;
    }

    /// <summary>
    /// The order the field's <c>order</c> argument asks for; <see cref="SortOrder{T}.Default"/> when none.
    /// A key through a reference that <paramref name="visibility"/> hides (a draft table, for an
    /// anonymous caller) reads as missing, like an absent reference: otherwise the order, and the
    /// key values in cursors, would reveal the hidden item's values.
    /// </summary>
    public static Sorting.SortOrder<T> SortOrder<T>(this IResolveFieldContext context, ContentVisibility visibility) where T : class, IEntity
    {
        if (context.FieldDefinition.Arguments?.Find(Name) is not { } argument
            || context.GetArgument<List<object>?>(Name) is not { Count: > 0 } items)
        {
            return Sorting.SortOrder<T>.Default;
        }

        var type = (ISortInputType)((NonNullGraphType)((ListGraphType)argument.ResolvedType!).ResolvedType!).ResolvedType!;
        return SortOrder<T>(type, items.Cast<IDictionary<string, object?>>(), context.Schema, visibility);
    }

    /// <summary>
    /// The order of <paramref name="items"/>, the parsed value of an <c>order</c> argument of <paramref name="type"/>
    /// (dictionaries of field name to direction or nested input), as <see cref="SortOrder{T}(IResolveFieldContext, ContentVisibility)"/>
    /// reads it; the exports read their <c>order</c> query parameter with it.
    /// </summary>
    public static Sorting.SortOrder<T> SortOrder<T>(ISortInputType type, IEnumerable<IDictionary<string, object?>> items, ISchema schema, ContentVisibility visibility)
        where T : class, IEntity
    {
        var keys = new List<SortKey>();
        foreach (var item in items)
            Collect(type, item, "", null, null, keys, schema, visibility);
        return new Sorting.SortOrder<T>(keys);
    }

    // via: the reference the keys are read through (null at the top); visible: the condition under
    // which the references of via may be seen (null: always).
    private static void Collect(
        ISortInputType type, IDictionary<string, object?> input, string prefix, LambdaExpression? via, Expression? visible,
        List<SortKey> keys, ISchema schema, ContentVisibility visibility)
    {
        foreach (var (name, value) in input)
        {
            if (value is null) continue;
            var field = type.SortFields[name];
            if (field.Selector is { } declared)
            {
                var selector = visibility.AsRead(declared); // a CMS caller sorts by the updatedAt it reads
                var key = via is null ? selector : Expression.Lambda(OrMissing(ParameterReplacer.Apply(selector, via.Body), field.Missing!, visible), via.Parameters);
                keys.Add(new SortKey(prefix + name, key, (bool)value));
            }
            else
            {
                var reference = via is null ? field.Reference! : Expression.Lambda(ParameterReplacer.Apply(field.Reference!, via.Body), via.Parameters);
                var filter = visibility.Filter(reference.Body.Type);
                var hides = filter.Body is not ConstantExpression { Value: true };
                // A required reference becomes a subquery that finds only visible targets; an optional
                // one is joined, and its keys are read only when it is visible.
                var target = QueryRoots.Required(reference, hides ? filter : null);
                var condition = hides && ReferenceEquals(target, reference) ? ParameterReplacer.Apply(filter, reference.Body) : null;
                var nestedVisible = condition is null ? visible : visible is null ? condition : Expression.AndAlso(visible, condition);
                Collect((ISortInputType)schema.AllTypes[field.NestedInput!]!, (IDictionary<string, object?>)value, prefix + name + ".", target, nestedVisible, keys, schema, visibility);
            }
        }
    }

    // The total key when visible holds, else the key of a missing member (SortKeys.Missing).
    private static Expression OrMissing(Expression key, object missing, Expression? visible) =>
        visible is null ? key : Expression.Condition(visible, key, Expression.Constant(missing, key.Type));
}
