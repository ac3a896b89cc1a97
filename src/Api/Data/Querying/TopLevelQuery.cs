using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Data.Paging;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Querying;

/// <summary>
/// Reads one page of a root list field. One SQL statement for the page; the total count and the
/// "exists before/after" checks are one more statement each, and only when selected (a selected
/// count starts together with the page; a search's first page counts in the page statement, see
/// <see cref="ListArguments{T}.CountWithPage"/>). Each statement runs on a context of its own, so
/// parallel resolvers never share a <see cref="DbContext"/>.
/// </summary>
public static class TopLevelQuery
{
    /// <summary>Loads the page of <paramref name="all"/> that <paramref name="list"/> asks for.</summary>
    public static async Task<Connection<T>> LoadAsync<T>(
        IDbContextFactory<DialoogtafelsDbContext> contexts,
        Func<DialoogtafelsDbContext, IQueryable<T>> all,
        ListArguments<T> list,
        CancellationToken cancellationToken)
        where T : class, IEntity
    {
        IQueryable<T> source(DialoogtafelsDbContext db) => all(db).Where(list.Filter);
        await ReferenceKeys.LoadAsync(list.Filter, cancellationToken);

        // Sort keys may hold subqueries over placeholder sets (QueryRoots): bound to the context last.
        Deferred<TResult> Later<TResult>(Func<IQueryable<T>, IQueryable<T>> compose, Func<IQueryable<T>, CancellationToken, Task<TResult>> run) => new(async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await run(QueryRoots.Bind(compose(source(db)), db), ct);
        });

        // A selected total is counted on a connection of its own while the page is read: the
        // request waits for the slower of the two instead of their sum.
        var count = Later(q => q, (q, ct) => q.CountAsync(ct));
        if (list.CountSelected && !list.CountWithPage) _ = count.GetResultAsync(cancellationToken);

        List<KeyedRow<T>> rows;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            rows = await QueryRoots.Bind(KeysetPage.Apply(source(db), list), db).ToListAsync(cancellationToken);
        }

        // Counted by the page statement itself (ListArguments.CountWithPage); no rows: none match.
        IDataLoaderResult<int> counted = list.CountWithPage ? new Known<int>(rows.Count == 0 ? 0 : (int)rows[0].Total!.Value) : count;
        return KeysetPage.ToConnection(
            rows,
            list.Page,
            list.Order,
            () => counted,
            (_, predicate) => Later(q => q.Where(predicate), (q, ct) => q.AnyAsync(ct)));
    }
}
