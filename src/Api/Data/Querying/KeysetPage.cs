using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Paging;
using Dialoogtafels.Api.Data.Search;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Domain.Common;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Querying;

/// <summary>
/// Keyset paging over a <see cref="SortOrder{T}"/>: the SQL filters on the cursor's key values,
/// orders by the keys (reversed for <c>last</c>) and reads one row more than the page to know
/// whether another page follows. OFFSET only for an offset page (<see cref="ListArguments{T}.Skip"/>),
/// which has no cursors.
/// </summary>
public static class KeysetPage
{
    /// <summary>The page's rows of <paramref name="query"/> (already filtered) with their key values (size + 1 rows at most).</summary>
    public static IQueryable<KeyedRow<T>> Apply<T>(IQueryable<T> query, ListArguments<T> list) where T : class, IEntity
    {
        foreach (var bound in Bounds(list.Page, list.Order)) query = query.Where(bound);
        query = query.Provider.CreateQuery<T>(list.Order.OrderBy(query.Expression, list.Page.Forward));
        // An offset stays a parameter (a literal would make one SQL text, one EF Core cache entry and
        // one prepared statement per page number). PostgreSQL plans such a page on every execution,
        // as it prices a generic OFFSET at 10 % of the rows; how deep the page is does change the best
        // plan. The first page has no OFFSET and keeps its generic plan.
        if (list.Skip > 0) query = query.Skip(list.Skip);
        // The limit is a SQL literal, not a parameter: PostgreSQL prices a generic plan with a LIMIT
        // parameter for 10 % of the rows, so a prepared statement would never use its generic plan and
        // would be planned on every execution (PostgreSQL 15 docs, PREPARE, "plan_cache_mode"; see
        // docs/decisions/0005-statements-that-keep-generic-plans.md). EF Core turns a constant Take
        // argument into a parameter unless it is wrapped in EF.Constant.
        Expression<Func<int>> limit = () => EF.Constant(0);
        var literal = ((MethodCallExpression)limit.Body).Update(null, [Expression.Constant(list.Page.Size + 1)]);
        query = query.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], query.Expression, literal));
        return query.Select(list.Order.WithKeys(list.Projection, list.Highlight, list.CountWithPage));
    }

    /// <summary>The same as <see cref="Apply{T}(IQueryable{T}, ListArguments{T})"/> for a collection navigation inside a projection.</summary>
    public static Expression Apply<T>(Expression items, ListArguments<T> list) where T : class, IEntity
    {
        foreach (var bound in Bounds(list.Page, list.Order))
            items = Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(T)], items, bound);
        items = list.Order.OrderBy(items, list.Page.Forward);
        items = Expression.Call(typeof(Enumerable), nameof(Enumerable.Take), [typeof(T)], items, Expression.Constant(list.Page.Size + 1));
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(T), typeof(KeyedRow<T>)], items, list.Order.WithKeys(list.Projection, list.Highlight));
    }

    /// <summary>The keyset bounds of <paramref name="page"/>; throws a <see cref="PagingErrors.InvalidCursor"/> error for a bad cursor.</summary>
    public static IEnumerable<Expression<Func<T, bool>>> Bounds<T>(PageRequest page, SortOrder<T> order) where T : class, IEntity
    {
        var bounds = new List<Expression<Func<T, bool>>>();
        if (page.After is { } after) bounds.Add(order.Beyond(Decode(after, order), forward: true));
        if (page.Before is { } before) bounds.Add(order.Beyond(Decode(before, order), forward: false));
        return bounds;
    }

    /// <summary>
    /// Turns the rows read by <see cref="Apply{T}(IQueryable{T}, ListArguments{T})"/> into a connection.
    /// Deferred parts run only when selected: <paramref name="totalCount"/>, and <paramref name="exists"/>,
    /// which answers whether a visible item matches a predicate (items at or before the <c>after</c>
    /// cursor, or at or after the <c>before</c> cursor).
    /// </summary>
    public static Connection<T> ToConnection<T>(
        List<KeyedRow<T>> rows,
        PageRequest page,
        SortOrder<T> order,
        Func<IDataLoaderResult<int>> totalCount,
        Func<string, Expression<Func<T, bool>>, IDataLoaderResult<bool>> exists)
        where T : class, IEntity
    {
        var more = rows.Count > page.Size;
        if (more) rows.RemoveAt(rows.Count - 1);
        if (!page.Forward) rows.Reverse();
        foreach (var row in rows)
        {
            if (row.Highlight is not null) SearchHighlights.Set(row.Entity!, row.Highlight);
        }

        var edges = rows.Select(r => new Edge<T>(r.Entity, order.Signature, r.Keys)).ToArray();
        Func<IDataLoaderResult<bool>> Known(bool value) => () => new Known<bool>(value);
        Func<IDataLoaderResult<bool>> Outside(string cursor, bool forward) =>
            () => exists($"{(forward ? "upTo" : "from")}:{cursor}", Not(order.Beyond(Decode(cursor, order), forward)));
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = totalCount,
            PageInfo = new PageInfo
            {
                FirstEdge = edges.FirstOrDefault(),
                LastEdge = edges.LastOrDefault(),
                HasNextPage = page.Forward ? Known(more) : page.Before is { } b ? Outside(b, false) : Known(false),
                HasPreviousPage = !page.Forward ? Known(more) : page.After is { } a ? Outside(a, true) : Known(false),
            },
        };
    }

    private static object?[] Decode<T>(string cursor, SortOrder<T> order) where T : class, IEntity =>
        Cursor.Decode(cursor, order.Signature, order.Keys.Select(k => k.Type).ToArray());

    private static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
