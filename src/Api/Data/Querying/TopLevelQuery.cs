using Dialoogtafels.Api.Data.Paging;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Querying;

/// <summary>
/// Reads one page of a root list field. One SQL statement for the page; the total count and the
/// "exists before/after" checks are one more statement each, and only when selected. Each statement
/// runs on a context of its own, so parallel resolvers never share a <see cref="DbContext"/>.
/// </summary>
public static class TopLevelQuery
{
    /// <summary>Loads the page <paramref name="page"/> of <paramref name="source"/> (already filtered to what the caller may see) in <paramref name="order"/>.</summary>
    public static async Task<Connection<T>> LoadAsync<T>(
        IDbContextFactory<DialoogtafelsDbContext> contexts,
        Func<DialoogtafelsDbContext, IQueryable<T>> source,
        PageRequest page,
        SortOrder<T> order,
        CancellationToken cancellationToken)
        where T : ContentEntity
    {
        List<KeyedRow<T>> rows;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            rows = await KeysetPage.Apply(source(db), page, order).ToListAsync(cancellationToken);
        }

        Deferred<TResult> Later<TResult>(Func<IQueryable<T>, CancellationToken, Task<TResult>> query) => new(async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await query(source(db), ct);
        });

        return KeysetPage.ToConnection(
            rows,
            page,
            order,
            () => Later((q, ct) => q.CountAsync(ct)),
            (_, predicate) => Later((q, ct) => q.AnyAsync(predicate, ct)));
    }
}
