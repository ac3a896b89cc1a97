using System.Linq.Expressions;
using System.Reflection;

namespace Dialoogtafels.Api.Data.Sorting;

/// <summary>Turns a member selector into a total (never NULL) key that PostgreSQL orders and compares the same way.</summary>
internal static class SortKeys
{
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    /// <summary>
    /// The key for <paramref name="member"/>: strings → <c>lower(coalesce(x, ''))</c>; enums and
    /// booleans → their declaration index (<c>CASE</c>); nullable numbers and dates → coalesced to
    /// their minimum. Works through references too (<c>e.Dialogue.Title</c>), where a missing
    /// reference counts as NULL.
    /// </summary>
    public static LambdaExpression Total(LambdaExpression member)
    {
        var body = member.Body;
        var type = Nullable.GetUnderlyingType(body.Type) ?? body.Type;
        Expression key;
        if (type == typeof(string))
        {
            key = Expression.Call(Expression.Coalesce(body, Expression.Constant("")), ToLower);
        }
        else if (type.IsEnum || type == typeof(bool))
        {
            var nullable = typeof(Nullable<>).MakeGenericType(type);
            var value = Expression.Convert(body, nullable);
            var values = type == typeof(bool) ? [false, true] : Enum.GetValues(type).Cast<object>().ToArray();
            key = Expression.Constant(-1);
            for (var i = values.Length - 1; i >= 0; i--)
                key = Expression.Condition(Expression.Equal(value, Expression.Constant(values[i], nullable)), Expression.Constant(i), key);
        }
        else
        {
            var nullable = typeof(Nullable<>).MakeGenericType(type);
            key = Expression.Coalesce(Expression.Convert(body, nullable), Expression.Constant(Minimum(type), type));
        }

        return Expression.Lambda(key, member.Parameters);
    }

    /// <summary>
    /// The value <see cref="Total"/> gives a NULL member of type <paramref name="memberType"/>:
    /// <c>""</c> for strings, -1 for enums and booleans, the type's minimum otherwise.
    /// </summary>
    public static object Missing(Type memberType)
    {
        var type = Nullable.GetUnderlyingType(memberType) ?? memberType;
        return type == typeof(string) ? "" : type.IsEnum || type == typeof(bool) ? -1 : Minimum(type);
    }

    private static object Minimum(Type type) =>
        type == typeof(DateOnly) ? new DateOnly(1, 1, 1)
        : type == typeof(DateTimeOffset) ? new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero)
        : type == typeof(decimal) ? -1e18m // decimal.MinValue does not survive a round trip through PostgreSQL numeric
        : type.GetField("MinValue")?.GetValue(null) ?? throw new NotSupportedException($"Cannot sort on {type.Name}.");
}
