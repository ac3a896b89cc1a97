using System.Collections;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Domain.Common;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Dialoogtafels.Api.Data.Sorting;

/// <summary>
/// The <c>order: [{Type}SortInput!]</c> argument of list fields (HotChocolate's sorting
/// convention): present on every list field whose entity has a <see cref="SortInputType{T}"/>; the
/// list order gives key priority, and within one object the fields count in the order written.
/// </summary>
public static class SortArgument
{
    /// <summary>The argument name, as HotChocolate names it.</summary>
    public const string Name = "order";

    private static readonly Dictionary<Type, Type> SortTypeOfEntity = typeof(SortArgument).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(SortInputType<>))
        .ToDictionary(t => t.BaseType!.GetGenericArguments()[0]);

    /// <summary>Adds <c>order: [{Type}SortInput!]</c> when <typeparamref name="T"/> is sortable.</summary>
    public static FieldBuilder<TSource, object> OrderArgument<TSource, T>(this FieldBuilder<TSource, object> field)
    {
        if (SortTypeOfEntity.TryGetValue(typeof(T), out var sortType))
            field.Argument(typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(sortType)), Name,
                argument => argument.Description = "Sorts the list; the first item has the highest priority. The id is always the last tiebreaker.");
        return field;
    }

    /// <summary>The order the field's <c>order</c> argument asks for; <see cref="SortOrder{T}.Default"/> when none.</summary>
    public static Sorting.SortOrder<T> SortOrder<T>(this IResolveFieldContext context) where T : class, IEntity
    {
        if (context.FieldDefinition.Arguments?.Find(Name) is not { } argument
            || context.GetArgument<List<object>?>(Name) is not { Count: > 0 } items)
        {
            return Sorting.SortOrder<T>.Default;
        }

        var type = (ISortInputType)((NonNullGraphType)((ListGraphType)argument.ResolvedType!).ResolvedType!).ResolvedType!;
        var keys = new List<SortKey>();
        foreach (var item in items.Cast<IDictionary<string, object?>>())
            Collect(type, item, "", null, keys, context.Schema);
        return new Sorting.SortOrder<T>(keys);
    }

    private static void Collect(
        ISortInputType type, IDictionary<string, object?> input, string prefix, System.Linq.Expressions.LambdaExpression? via,
        List<SortKey> keys, ISchema schema)
    {
        foreach (var (name, value) in input)
        {
            if (value is null) continue;
            var field = type.SortFields[name];
            if (field.Selector is { } selector)
            {
                var key = via is null ? selector : System.Linq.Expressions.Expression.Lambda(ParameterReplacer.Apply(selector, via.Body), via.Parameters);
                keys.Add(new SortKey(prefix + name, key, (bool)value));
            }
            else
            {
                var reference = via is null ? field.Reference! : System.Linq.Expressions.Expression.Lambda(ParameterReplacer.Apply(field.Reference!, via.Body), via.Parameters);
                Collect((ISortInputType)schema.AllTypes[field.NestedInput!]!, (IDictionary<string, object?>)value, prefix + name + ".", QueryRoots.Required(reference), keys, schema);
            }
        }
    }
}
