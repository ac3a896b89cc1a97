using System.Linq.Expressions;
using Dialoogtafels.Domain.Common;

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

    /// <summary>
    /// <c>e =&gt; e.Id == key</c> when <paramref name="keys"/> holds one key, else <c>e =&gt; keys.Contains(e.Id)</c>
    /// (SQL <c>= ANY (@keys)</c>); both take the keys as parameters, so EF Core caches the SQL of each.
    /// Why two shapes: PostgreSQL plans a prepared <c>= ANY (@keys)</c> generically for ten keys, so for
    /// fewer keys its custom plan always looks cheaper and the statement is planned again on every
    /// execution; <c>= @key</c> gets a generic plan after five executions (PostgreSQL 15 docs, PREPARE,
    /// "plan_cache_mode"; see docs/decisions/0005-statements-that-keep-generic-plans.md). A single
    /// parent is a common batch (a nested list under one object). The compiled by-key statements of
    /// <see cref="KeyedQuery"/> make the same choice with lambda parameters.
    /// </summary>
    public static Expression<Func<T, bool>> HasKeyIn<T>(IReadOnlyCollection<int> keys) where T : IEntity
    {
        if (keys.Count == 1)
        {
            var key = keys.First();
            return e => e.Id == key;
        }

        var array = keys as int[] ?? keys.ToArray();
        return e => array.Contains(e.Id);
    }
}
