using System.Linq.Expressions;
using System.Reflection;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Filtering;

/// <summary>
/// Turns a filter on a reference (<c>ideas(where: { dialogue: { track: { eq: CITIZENS } } })</c>) into
/// a condition on the foreign key: <c>i.dialogue_id = ANY(@keys)</c>, where <c>@keys</c> are the keys
/// of the visible targets that match, read by a statement of their own just before the first
/// statement that needs them (once per request and filter).
/// </summary>
/// <remarks>
/// Why not a join: PostgreSQL 15 plans the join (or the equivalent <c>EXISTS</c>) of a small
/// referenced table badly next to other semi-joins (e.g. <c>themes: { some: … }</c>): it
/// estimates the cross product of the theme's ideas and the matching dialogues at a handful of rows,
/// and then checks the full-text condition on ten thousand index lookups (15 ms at 10,000 ideas)
/// instead of leading with the GIN index (1 ms). With the keys as an array parameter the planner
/// knows the set and its size and picks the index it should. References lead to small
/// dimension tables here (dialogues, tables); the key set is read in full.
/// </remarks>
public sealed class ReferenceKeys(IDbContextFactory<DialoogtafelsDbContext> contexts)
{
    private static readonly MethodInfo Contains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(int));

    /// <summary>
    /// <c>fk != null &amp;&amp; keys(target matches).Contains(fk)</c> for the reference <paramref name="navigation"/>
    /// (e.g. <c>e.Dialogue</c>) when its declaring type has the foreign key <c>{Navigation}Id</c>
    /// (<c>int</c> or <c>int?</c>); null when it has none (the caller joins instead).
    /// </summary>
    /// <param name="navigation">The reference member access on the filtered entity.</param>
    /// <param name="matches">The condition on the target, visibility included.</param>
    public Expression? Condition(MemberExpression navigation, LambdaExpression matches)
    {
        if (navigation.Expression is null) return null;
        var foreignKey = navigation.Member.DeclaringType?.GetProperty(navigation.Member.Name + "Id");
        if (foreignKey is null || (foreignKey.PropertyType != typeof(int) && foreignKey.PropertyType != typeof(int?))) return null;

        var target = navigation.Type;
        var keys = Activator.CreateInstance(typeof(KeySet<>).MakeGenericType(target), contexts, matches)!;
        var values = Expression.Property(Expression.Constant(keys), nameof(KeySet<IEntity>.Values));
        Expression key = Expression.Property(navigation.Expression, foreignKey);
        if (foreignKey.PropertyType == typeof(int)) return Expression.Call(Contains, values, key);
        return Expression.AndAlso(
            Expression.NotEqual(key, Expression.Constant(null, typeof(int?))),
            Expression.Call(Contains, values, Expression.Property(key, nameof(Nullable<int>.Value))));
    }

    /// <summary>The keys of the <typeparamref name="T"/> that match, read on first use (thread-safe; EF Core reads them as a query parameter).</summary>
    private sealed class KeySet<T>(IDbContextFactory<DialoogtafelsDbContext> contexts, Expression<Func<T, bool>> matches) where T : class, IEntity
    {
        private readonly Lazy<int[]> values = new(() =>
        {
            using var db = contexts.CreateDbContext();
            return db.Set<T>().Where(matches).Select(e => e.Id).ToArray();
        });

        /// <summary>The keys, read synchronously on first use, in EF Core's parameter extraction.</summary>
        public int[] Values => values.Value;
    }
}
