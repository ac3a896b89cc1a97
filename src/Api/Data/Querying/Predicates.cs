using System.Linq.Expressions;

namespace Dialoogtafels.Api.Data.Querying;

/// <summary>Combines predicates into one expression tree that EF Core translates whole.</summary>
public static class Predicates
{
    /// <summary><c>e =&gt; left(e) &amp;&amp; right(e)</c>, without <c>Invoke</c>.</summary>
    public static Expression<Func<T, bool>> And<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, ParameterReplacer.Apply(right, left.Parameters[0])), left.Parameters);

    /// <summary><paramref name="left"/> AND every predicate of <paramref name="others"/> that is not null.</summary>
    public static Expression<Func<T, bool>> AndAll<T>(this Expression<Func<T, bool>> left, params Expression<Func<T, bool>>?[] others) =>
        others.OfType<Expression<Func<T, bool>>>().Aggregate(left, (all, next) => all.And(next));
}
