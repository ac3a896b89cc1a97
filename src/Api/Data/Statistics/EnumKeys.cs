using System.Linq.Expressions;
using GraphQL;

namespace Dialoogtafels.Api.Data.Statistics;

/// <summary>
/// Turns an enum column into the GraphQL name of its value inside SQL
/// (<c>CASE WHEN track = 'CivilSociety' THEN 'CIVIL_SOCIETY' … END</c>), so statistics group and
/// return enum values the way the schema spells them (GraphQL.NET's constant case).
/// </summary>
public static class EnumKeys
{
    /// <summary>The GraphQL name of an enum value, e.g. <c>CivilSociety</c> → <c>CIVIL_SOCIETY</c>.</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToConstantCase();

    /// <summary><c>x =&gt; CASE x WHEN … THEN 'NAME' … END</c>; a null input or an undeclared value gives null.</summary>
    public static Expression<Func<TEnum?, string?>> Text<TEnum>() where TEnum : struct, Enum
    {
        var value = Expression.Parameter(typeof(TEnum?), "value");
        Expression text = Expression.Constant(null, typeof(string));
        foreach (var member in Enum.GetValues<TEnum>().Reverse())
        {
            text = Expression.Condition(
                Expression.Equal(value, Expression.Constant(member, typeof(TEnum?))),
                Expression.Constant(Name(member), typeof(string)),
                text);
        }

        return Expression.Lambda<Func<TEnum?, string?>>(text, value);
    }
}
