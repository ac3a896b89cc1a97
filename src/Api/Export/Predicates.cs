using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Querying;

namespace Dialoogtafels.Api.Export;

/// <summary>Combines predicates into one expression tree that EF Core translates whole.</summary>
internal static class Predicates
{
    /// <summary><c>e =&gt; left(e) &amp;&amp; right(e)</c>, without <c>Invoke</c>.</summary>
    public static Expression<Func<T, bool>> And<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, ParameterReplacer.Apply(right, left.Parameters[0])), left.Parameters);
}
