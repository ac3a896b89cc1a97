using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Http.Idempotency;

/// <summary>
/// A mutation request's hold on its <c>Idempotency-Key</c> (<paramref name="Scope"/>, <paramref name="Key"/>)
/// under the lease <paramref name="Lease"/>. As the request's <see cref="IWriteParticipant"/> it marks the key's
/// row committed inside every write's own transaction, so a write and the record that it happened commit together
/// or not at all; a write whose request no longer holds the key (released after a timeout, or taken over by a
/// retry after <see cref="IdempotencyRecordStore.LeaseFor"/>) fails instead of committing.
/// </summary>
public sealed record IdempotencyClaim(string Scope, string Key, Guid Lease) : IWriteParticipant
{
    /// <inheritdoc />
    /// <exception cref="IdempotencyKeyLostException">The request no longer holds the key; the write is rolled back.</exception>
    public async Task EnlistAsync(DialoogtafelsDbContext db, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var marked = await db.IdempotencyRecords
            .Where(r => r.Scope == Scope && r.Key == Key && r.Lease == Lease)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.CommittedAt, now), cancellationToken);
        if (marked == 0) throw new IdempotencyKeyLostException();
    }
}

/// <summary>A write of a request that no longer holds its <c>Idempotency-Key</c>: it is not committed.</summary>
public sealed class IdempotencyKeyLostException()
    : InvalidOperationException("The request no longer holds its Idempotency-Key (it ended, or a retry took the key over); its write was not committed.");
