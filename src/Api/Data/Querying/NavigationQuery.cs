using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Paging;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Querying;

/// <summary>
/// Reads a collection navigation (one-to-many or many-to-many, e.g. <c>Dialogue.Tables</c>,
/// <c>Theme.Ideas</c>) for many parents in one SQL statement. Pages are a lateral join
/// (<c>JOIN LATERAL (… ORDER BY … LIMIT n + 1)</c>): PostgreSQL reads at most one page per parent
/// through the foreign-key index, however many children a parent has. The rows come back flat,
/// ordered by parent and then by the list's order, and are grouped per parent in memory. A page
/// ordered by a field of a reference (<c>order: [{ dialogue: { title: ASC } }]</c>) is read as a
/// collection per parent instead (a <c>ROW_NUMBER()</c> window), which EF Core can order.
/// </summary>
/// <typeparam name="TParent">The entity that owns the navigation.</typeparam>
/// <typeparam name="TChild">The entity the navigation leads to.</typeparam>
public sealed class NavigationQuery<TParent, TChild>(
    Expression<Func<TParent, IEnumerable<TChild>>> navigation,
    Expression<Func<TChild, bool>> visible)
    where TParent : class, IEntity
    where TChild : class, IEntity
{
    /// <summary>Per parent id: the children of the page with their sort keys (size + 1 rows, see <see cref="KeysetPage"/>).</summary>
    public async Task<Dictionary<int, List<KeyedRow<TChild>>>> PageAsync(
        DbContext db, IReadOnlyCollection<int> parentIds, ListArguments<TChild> list, CancellationToken cancellationToken)
    {
        var parent = Expression.Parameter(typeof(TParent), "p");
        if (list.Order.ThroughReferences)
        {
            // EF Core cannot order the flat rows by a reference of the lateral's entity (e.g. a
            // nested list ordered by dialogue title), so such pages are a collection per parent:
            // EF Core's ROW_NUMBER() window, which numbers every visible child (slower on big tables).
            var page = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(KeyedRow<TChild>)],
                KeysetPage.Apply(VisibleChildren(parent), list));
            return await QueryRoots.Bind(PerParent<List<KeyedRow<TChild>>>(db, parentIds, parent, page), db)
                .ToDictionaryAsync(r => r.Key, r => r.Value, cancellationToken);
        }

        var children = VisibleChildren(parent);
        foreach (var bound in KeysetPage.Bounds(list.Page, list.Order))
            children = Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(TChild)], children, bound);
        children = list.Order.OrderBy(children, list.Page.Forward);
        children = Expression.Call(typeof(Enumerable), nameof(Enumerable.Take), [typeof(TChild)], children, Expression.Constant(list.Page.Size + 1));
        var rows = Flat(db, parentIds, parent, children, list.Order, list.Page.Forward, list.Order.WithKeys(list.Projection, list.Highlight));
        return Group(await rows.ToListAsync(cancellationToken));
    }

    /// <summary>
    /// Per parent id: all visible children, in key order (for small, unpaged lists). Runs as an EF Core
    /// compiled query (<see cref="KeyedQuery"/>) per navigation, <paramref name="scope"/> (the
    /// <see cref="Visibility.ContentVisibility.Scope"/> this query's visibility filter belongs to) and
    /// projection: the navigation and the visibility filter of a scope are the same in every request,
    /// and <paramref name="projection"/> must be a cached instance.
    /// </summary>
    public async Task<Dictionary<int, List<TChild>>> AllAsync(
        DbContext db, IReadOnlyCollection<int> parentIds, Expression<Func<TChild, TChild>> projection, string scope, CancellationToken cancellationToken)
    {
        var compiled = AllQueries.GetOrAdd((navigation, scope, projection), static (key, visible) =>
        {
            var parent = Expression.Parameter(typeof(TParent), "p");
            var children = Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(TChild)], ParameterReplacer.Apply(key.Navigation, parent), visible);
            return KeyedQuery.Compile<TParent, KeyedValue<TChild>>(parents =>
                Flat(parents, parent, children, SortOrder<TChild>.Default, forward: true, key.Projection));
        }, visible);
        var rows = new List<KeyedValue<TChild>>();
        await foreach (var row in compiled.Run(db, parentIds).WithCancellation(cancellationToken)) rows.Add(row);
        return Group(rows);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<
        (Expression<Func<TParent, IEnumerable<TChild>>> Navigation, string Scope, Expression<Func<TChild, TChild>> Projection),
        KeyedQuery.Compiled<KeyedValue<TChild>>> AllQueries = new();

    /// <summary>Per parent id: the number of visible children.</summary>
    public Task<Dictionary<int, int>> CountsAsync(DbContext db, IReadOnlyCollection<int> parentIds, CancellationToken cancellationToken)
    {
        var parent = Expression.Parameter(typeof(TParent), "p");
        var count = Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(TChild)], VisibleChildren(parent));
        return PerParent<int>(db, parentIds, parent, count).ToDictionaryAsync(r => r.Key, r => r.Value, cancellationToken);
    }

    /// <summary>Per parent id: whether a visible child matches <paramref name="predicate"/>.</summary>
    public Task<Dictionary<int, bool>> AnyAsync(
        DbContext db, IReadOnlyCollection<int> parentIds, Expression<Func<TChild, bool>> predicate, CancellationToken cancellationToken)
    {
        var parent = Expression.Parameter(typeof(TParent), "p");
        var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TChild)], VisibleChildren(parent), predicate);
        return QueryRoots.Bind(PerParent<bool>(db, parentIds, parent, any), db).ToDictionaryAsync(r => r.Key, r => r.Value, cancellationToken);
    }

    private Expression VisibleChildren(ParameterExpression parent) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(TChild)], ParameterReplacer.Apply(navigation, parent), visible);

    /// <summary>
    /// <c>parents.SelectMany(p =&gt; children(p).Select(c =&gt; (p.Id, c))).OrderBy(parent, order of c).Select(shape(c))</c>:
    /// one flat row per child, in parent order and then in <paramref name="order"/>.
    /// </summary>
    private static Expression Flat<TValue>(
        Expression parents, ParameterExpression parent, Expression children,
        SortOrder<TChild> order, bool forward, Expression<Func<TChild, TValue>> shape)
    {
        var child = Expression.Parameter(typeof(TChild), "c");
        // The parent key is paired inside the collection selector: a correlation that is not a join
        // predicate, so EF Core keeps the subquery lateral (CROSS APPLY, PostgreSQL JOIN LATERAL)
        // instead of turning it into a ROW_NUMBER() window over every child of every parent.
        var paired = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(TChild), typeof(KeyedValue<TChild>)], children,
            Expression.Lambda<Func<TChild, KeyedValue<TChild>>>(Keyed(Expression.Property(parent, nameof(IEntity.Id)), child), child));
        var pairs = Expression.Call(typeof(Queryable), nameof(Queryable.SelectMany), [typeof(TParent), typeof(KeyedValue<TChild>)],
            parents, Expression.Quote(Expression.Lambda<Func<TParent, IEnumerable<KeyedValue<TChild>>>>(paired, parent)));

        var pair = Expression.Parameter(typeof(KeyedValue<TChild>), "r");
        var value = Expression.Property(pair, nameof(KeyedValue<TChild>.Value));
        Expression ordered = Expression.Call(typeof(Queryable), nameof(Queryable.OrderBy), [typeof(KeyedValue<TChild>), typeof(int)],
            pairs, Expression.Quote(Expression.Lambda(Expression.Property(pair, nameof(KeyedValue<TChild>.Key)), pair)));
        foreach (var key in order.Keys)
        {
            var method = key.Descending == forward ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy);
            ordered = Expression.Call(typeof(Queryable), method, [typeof(KeyedValue<TChild>), key.Type],
                ordered, Expression.Quote(Expression.Lambda(ParameterReplacer.Apply(key.Selector, value), pair)));
        }

        var shaped = Expression.Lambda<Func<KeyedValue<TChild>, KeyedValue<TValue>>>(
            Keyed(Expression.Property(pair, nameof(KeyedValue<TChild>.Key)), ParameterReplacer.Apply(shape, value)), pair);
        return Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(KeyedValue<TChild>), typeof(KeyedValue<TValue>)],
            ordered, Expression.Quote(shaped));
    }

    private static IQueryable<KeyedValue<TValue>> Flat<TValue>(
        DbContext db, IReadOnlyCollection<int> parentIds, ParameterExpression parent, Expression children,
        SortOrder<TChild> order, bool forward, Expression<Func<TChild, TValue>> shape)
    {
        var parents = db.Set<TParent>().Where(Predicates.HasKeyIn<TParent>(parentIds));
        return parents.Provider.CreateQuery<KeyedValue<TValue>>(Flat(parents.Expression, parent, children, order, forward, shape));
    }

    private static MemberInitExpression Keyed(Expression key, Expression value) => Expression.MemberInit(
        Expression.New(typeof(KeyedValue<>).MakeGenericType(value.Type)),
        Expression.Bind(typeof(KeyedValue<>).MakeGenericType(value.Type).GetProperty(nameof(KeyedValue<int>.Key))!, key),
        Expression.Bind(typeof(KeyedValue<>).MakeGenericType(value.Type).GetProperty(nameof(KeyedValue<int>.Value))!, value));

    private static Dictionary<int, List<TValue>> Group<TValue>(List<KeyedValue<TValue>> rows)
    {
        var groups = new Dictionary<int, List<TValue>>();
        foreach (var row in rows)
        {
            if (!groups.TryGetValue(row.Key, out var items)) groups[row.Key] = items = [];
            items.Add(row.Value);
        }

        return groups;
    }

    private static IQueryable<KeyedValue<TValue>> PerParent<TValue>(
        DbContext db, IReadOnlyCollection<int> parentIds, ParameterExpression parent, Expression value)
    {
        return db.Set<TParent>()
            .Where(Predicates.HasKeyIn<TParent>(parentIds))
            .Select(Expression.Lambda<Func<TParent, KeyedValue<TValue>>>(Keyed(Expression.Property(parent, nameof(IEntity.Id)), value), parent));
    }
}

/// <summary>A value per parent key, the row shape of <see cref="NavigationQuery{TParent, TChild}"/>.</summary>
public sealed class KeyedValue<TValue>
{
    /// <summary>The parent's key (<see cref="IEntity.Id"/>).</summary>
    public int Key { get; set; }

    /// <summary>The value read for that parent: a child row, a count or a flag.</summary>
    public TValue Value { get; set; } = default!;
}
