using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Paging;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Querying;

/// <summary>
/// Reads a collection navigation (one-to-many or many-to-many, e.g. <c>Dialogue.Tables</c>,
/// <c>Theme.Ideas</c>) for many parents in one SQL statement: EF Core translates the per-parent
/// projection into a join with a window function (<c>ROW_NUMBER() OVER (PARTITION BY …)</c>), so a
/// page of N parents costs one statement, not N.
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
        var items = KeysetPage.Apply(VisibleChildren(parent), list);
        var rows = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(KeyedRow<TChild>)], items);
        return await Project<List<KeyedRow<TChild>>>(db, parentIds, parent, rows).ToDictionaryAsync(r => r.Key, r => r.Value, cancellationToken);
    }

    /// <summary>Per parent id: all visible children, in key order (for small, unpaged lists).</summary>
    public async Task<Dictionary<int, List<TChild>>> AllAsync(
        DbContext db, IReadOnlyCollection<int> parentIds, Expression<Func<TChild, TChild>> projection, CancellationToken cancellationToken)
    {
        var parent = Expression.Parameter(typeof(TParent), "p");
        var items = SortOrder<TChild>.Default.OrderBy(VisibleChildren(parent), forward: true);
        items = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(TChild), typeof(TChild)], items, projection);
        var list = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(TChild)], items);
        return await Project<List<TChild>>(db, parentIds, parent, list).ToDictionaryAsync(r => r.Key, r => r.Value, cancellationToken);
    }

    /// <summary>Per parent id: the number of visible children.</summary>
    public Task<Dictionary<int, int>> CountsAsync(DbContext db, IReadOnlyCollection<int> parentIds, CancellationToken cancellationToken)
    {
        var parent = Expression.Parameter(typeof(TParent), "p");
        var count = Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(TChild)], VisibleChildren(parent));
        return Project<int>(db, parentIds, parent, count).ToDictionaryAsync(r => r.Key, r => r.Value, cancellationToken);
    }

    /// <summary>Per parent id: whether a visible child matches <paramref name="predicate"/>.</summary>
    public Task<Dictionary<int, bool>> AnyAsync(
        DbContext db, IReadOnlyCollection<int> parentIds, Expression<Func<TChild, bool>> predicate, CancellationToken cancellationToken)
    {
        var parent = Expression.Parameter(typeof(TParent), "p");
        var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TChild)], VisibleChildren(parent), predicate);
        return Project<bool>(db, parentIds, parent, any).ToDictionaryAsync(r => r.Key, r => r.Value, cancellationToken);
    }

    private Expression VisibleChildren(ParameterExpression parent) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(TChild)], ParameterReplacer.Apply(navigation, parent), visible);

    private static IQueryable<KeyedValue<TValue>> Project<TValue>(
        DbContext db, IReadOnlyCollection<int> parentIds, ParameterExpression parent, Expression value)
    {
        var ids = parentIds.ToArray();
        var body = Expression.MemberInit(
            Expression.New(typeof(KeyedValue<TValue>)),
            Expression.Bind(typeof(KeyedValue<TValue>).GetProperty(nameof(KeyedValue<TValue>.Key))!, Expression.Property(parent, nameof(ContentEntity.Id))),
            Expression.Bind(typeof(KeyedValue<TValue>).GetProperty(nameof(KeyedValue<TValue>.Value))!, value));
        return db.Set<TParent>()
            .Where(p => ids.Contains(p.Id))
            .Select(Expression.Lambda<Func<TParent, KeyedValue<TValue>>>(body, parent));
    }
}

/// <summary>A value per parent key, the row shape of <see cref="NavigationQuery{TParent, TChild}"/>.</summary>
public sealed class KeyedValue<TValue>
{
    public int Key { get; set; }

    public TValue Value { get; set; } = default!;
}
