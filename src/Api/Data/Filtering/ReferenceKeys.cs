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

    /// <summary>
    /// Reads, asynchronously, the key sets that <paramref name="predicate"/> uses (nested ones first) and
    /// that are not read yet. Call it before running a query with a translated filter; a key set that
    /// was not loaded this way is read synchronously when EF Core extracts the query's parameters.
    /// </summary>
    public static async Task LoadAsync(Expression? predicate, CancellationToken cancellationToken)
    {
        if (predicate is null) return;
        foreach (var keys in KeySetFinder.Find(predicate))
            await keys.LoadAsync(cancellationToken);
    }

    private interface IKeySet
    {
        Task LoadAsync(CancellationToken cancellationToken);
    }

    /// <summary>The keys of the <typeparamref name="T"/> that match, read once (thread-safe; EF Core reads them as a query parameter).</summary>
    private sealed class KeySet<T>(IDbContextFactory<DialoogtafelsDbContext> contexts, Expression<Func<T, bool>> matches) : IKeySet
        where T : class, IEntity
    {
        private readonly SemaphoreSlim gate = new(1, 1);
        private int[]? values;

        /// <summary>The keys; read synchronously when <see cref="LoadAsync"/> did not run first.</summary>
        public int[] Values
        {
            get
            {
                if (values is { } known) return known;
                gate.Wait();
                try
                {
                    using var db = contexts.CreateDbContext();
                    return values ??= Keys(db).ToArray();
                }
                finally
                {
                    gate.Release();
                }
            }
        }

        public async Task LoadAsync(CancellationToken cancellationToken)
        {
            if (values is not null) return;
            await ReferenceKeys.LoadAsync(matches, cancellationToken);
            await gate.WaitAsync(cancellationToken);
            try
            {
                if (values is not null) return;
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                values = await Keys(db).ToArrayAsync(cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }

        private IQueryable<int> Keys(DialoogtafelsDbContext db) => db.Set<T>().Where(matches).Select(e => e.Id);
    }

    private sealed class KeySetFinder : ExpressionVisitor
    {
        private readonly List<IKeySet> found = [];

        public static List<IKeySet> Find(Expression expression)
        {
            var finder = new KeySetFinder();
            finder.Visit(expression);
            return finder.found;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is IKeySet keys) found.Add(keys);
            return node;
        }
    }
}
