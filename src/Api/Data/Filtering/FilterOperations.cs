using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Filtering;

/// <summary>
/// The scalar operators of the operation filter inputs as expression trees. Client values become
/// SQL parameters (never inlined literals). Strings: <c>eq</c>, <c>contains</c>, <c>startsWith</c>,
/// <c>endsWith</c> use <c>ILIKE … ESCAPE '\'</c> with the input's <c>%</c>, <c>_</c> and <c>\</c>
/// escaped; <c>in</c> compares <c>lower()</c> values. The <c>n…</c> variants negate; a row whose
/// string is NULL matches no pattern operator, negated or not.
/// </summary>
internal static class FilterOperations
{
    private static readonly MethodInfo ILike = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    /// <summary>The negated operators and the operator they negate.</summary>
    private static readonly Dictionary<string, string> Negations = new()
    {
        ["neq"] = "eq", ["nin"] = "in", ["ncontains"] = "contains", ["nstartsWith"] = "startsWith", ["nendsWith"] = "endsWith",
        ["ngt"] = "gt", ["ngte"] = "gte", ["nlt"] = "lt", ["nlte"] = "lte",
    };

    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    public static Expression Apply(FilterKind kind, Expression member, IDictionary<string, object?> input) =>
        FilterTranslator.All(input.Select(pair => pair.Key switch
        {
            "and" => pair.Value is null ? FilterTranslator.True : FilterTranslator.All(FilterTranslator.Items(pair.Value).Select(i => Apply(kind, member, i))),
            "or" => pair.Value is null ? FilterTranslator.True : FilterTranslator.Any(FilterTranslator.Items(pair.Value).Select(i => Apply(kind, member, i))),
            _ => Operator(kind, member, pair.Key, pair.Value),
        }));

    private static Expression Operator(FilterKind kind, Expression member, string op, object? value)
    {
        if (Negations.TryGetValue(op, out var positive))
        {
            if (positive == "eq" && value is null) return Expression.Not(IsNull(member));
            return Expression.Not(Operator(kind, member, positive, value));
        }

        if (op == "eq" && value is null) return IsNull(member);
        if (value is null) return FilterTranslator.True;
        return (kind, op) switch
        {
            (FilterKind.String, "eq") => Like(member, Escape((string)value)),
            (FilterKind.String, "contains") => Like(member, "%" + Escape((string)value) + "%"),
            (FilterKind.String, "startsWith") => Like(member, Escape((string)value) + "%"),
            (FilterKind.String, "endsWith") => Like(member, "%" + Escape((string)value)),
            (FilterKind.String, "in") => In(Expression.Call(member, ToLower), ((IEnumerable)value).Cast<string?>().Select(s => s?.ToLowerInvariant())),
            (_, "eq") => Expression.Equal(member, Parameter(value, member.Type)),
            (_, "in") => In(member, ((IEnumerable)value).Cast<object?>()),
            (FilterKind.Comparable, "gt") => Expression.GreaterThan(member, Parameter(value, member.Type)),
            (FilterKind.Comparable, "gte") => Expression.GreaterThanOrEqual(member, Parameter(value, member.Type)),
            (FilterKind.Comparable, "lt") => Expression.LessThan(member, Parameter(value, member.Type)),
            (FilterKind.Comparable, "lte") => Expression.LessThanOrEqual(member, Parameter(value, member.Type)),
            _ => throw new ExecutionError($"The operator '{op}' does not apply here.") { Code = "FILTER_UNKNOWN_OPERATOR" },
        };
    }

    private static Expression Like(Expression member, string pattern) =>
        Expression.Call(ILike, Expression.Constant(EF.Functions), member, Parameter(pattern, typeof(string)), Expression.Constant("\\"));

    /// <summary>
    /// <c>values.Contains(member)</c> with the non-null values as one array parameter; a null among the
    /// values matches NULL (never anything on a member that cannot be NULL).
    /// </summary>
    private static Expression In<TValue>(Expression member, IEnumerable<TValue> values)
    {
        var all = values.ToList();
        var list = all.Where(v => v is not null).Select(v => Convert(v, member.Type)).ToList();
        var array = Array.CreateInstance(member.Type, list.Count);
        for (var i = 0; i < list.Count; i++) array.SetValue(list[i], i);
        Expression contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], Parameter(array, array.GetType()), member);
        return all.Count > list.Count ? Expression.OrElse(contains, IsNull(member)) : contains;
    }

    /// <summary><c>member IS NULL</c>; constant false for members that cannot be NULL (non-nullable value types).</summary>
    private static Expression IsNull(Expression member) =>
        member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null
            ? Expression.Constant(false)
            : Expression.Equal(member, Expression.Constant(null, member.Type));

    /// <summary>A closure-captured value, which EF Core sends as a SQL parameter.</summary>
    private static Expression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), Convert(value, type))!;
        return Expression.Field(Expression.Constant(box), "Value");
    }

    private static object? Convert(object? value, Type type)
    {
        if (value is null) return null;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value)) return value;
        if (target == typeof(DateTimeOffset) && value is DateTime dateTime) return new DateTimeOffset(dateTime.ToUniversalTime());
        return System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Escapes LIKE wildcards so that client input matches literally (escape character <c>\</c>).</summary>
    internal static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private sealed class Box<TValue>(TValue value)
    {
        public readonly TValue Value = value;
    }
}
