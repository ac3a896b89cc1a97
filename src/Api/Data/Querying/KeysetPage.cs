using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Paging;
using Dialoogtafels.Domain.Common;
using GraphQL.DataLoader;

namespace Dialoogtafels.Api.Data.Querying;

/// <summary>
/// Keyset paging over <see cref="ContentEntity.Id"/>: the SQL reads one row more than the page to
/// know whether another page follows, and never uses OFFSET.
/// </summary>
public static class KeysetPage
{
    /// <summary>Restricts <paramref name="query"/> to the key window of <paramref name="page"/>, ordered and limited to size + 1.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, PageRequest page) where T : ContentEntity
    {
        if (page.After is int after) query = query.Where(e => e.Id > after);
        if (page.Before is int before) query = query.Where(e => e.Id < before);
        query = page.Forward ? query.OrderBy(e => e.Id) : query.OrderByDescending(e => e.Id);
        return query.Take(page.Size + 1);
    }

    /// <summary>The same as <see cref="Apply{T}(IQueryable{T}, PageRequest)"/> for a navigation collection inside a projection.</summary>
    public static Expression Apply<T>(Expression items, PageRequest page) where T : ContentEntity
    {
        if (page.After is int after) items = Where(items, (Expression<Func<T, bool>>)(e => e.Id > after));
        if (page.Before is int before) items = Where(items, (Expression<Func<T, bool>>)(e => e.Id < before));
        Expression<Func<T, int>> key = e => e.Id;
        items = Expression.Call(typeof(Enumerable), page.Forward ? nameof(Enumerable.OrderBy) : nameof(Enumerable.OrderByDescending),
            [typeof(T), typeof(int)], items, key);
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Take), [typeof(T)], items, Expression.Constant(page.Size + 1));
    }

    /// <summary>
    /// Turns the rows read by <see cref="Apply{T}(IQueryable{T}, PageRequest)"/> into a connection.
    /// The deferred parts run only when selected: <paramref name="totalCount"/>, and
    /// <paramref name="existsAtOrBefore"/> / <paramref name="existsAtOrAfter"/>, which answer whether
    /// visible items exist at or before the <c>after</c> key / at or after the <c>before</c> key.
    /// </summary>
    public static Connection<T> ToConnection<T>(
        List<T> rows,
        PageRequest page,
        Func<IDataLoaderResult<int>> totalCount,
        Func<int, IDataLoaderResult<bool>> existsAtOrBefore,
        Func<int, IDataLoaderResult<bool>> existsAtOrAfter)
        where T : ContentEntity
    {
        var more = rows.Count > page.Size;
        if (more) rows.RemoveAt(rows.Count - 1);
        if (!page.Forward) rows.Reverse();
        var edges = rows.Select(r => new Edge<T>(Cursor.Encode(r.Id), r)).ToArray();
        Func<IDataLoaderResult<bool>> Known(bool value) => () => new Known<bool>(value);
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = totalCount,
            PageInfo = new PageInfo
            {
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
                HasNextPage = page.Forward ? Known(more) : page.Before is int b ? () => existsAtOrAfter(b) : Known(false),
                HasPreviousPage = !page.Forward ? Known(more) : page.After is int a ? () => existsAtOrBefore(a) : Known(false),
            },
        };
    }

    private static Expression Where<T>(Expression items, Expression<Func<T, bool>> predicate) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(T)], items, predicate);
}
