using Dialoogtafels.Persistence;

namespace Dialoogtafels.Api.Data.Editing;

/// <summary>
/// Something of the request that every write of it must carry in its own transaction, or the write does not
/// happen: <see cref="EditContext.SaveAsync"/> calls <see cref="EnlistAsync"/> inside the transaction, after the
/// change is saved and right before the commit (so that rows it locks stay locked only while committing). The HTTP layer sets one per request as an <see cref="HttpContext"/> feature (the
/// <c>Idempotency-Key</c> a mutation holds: <see cref="Http.Idempotency.IdempotencyClaim"/>).
/// </summary>
public interface IWriteParticipant
{
    /// <summary>
    /// Joins the transaction open on <paramref name="db"/>. Throws when the write must not commit; the transaction
    /// is then rolled back and nothing of the write is saved.
    /// </summary>
    Task EnlistAsync(DialoogtafelsDbContext db, CancellationToken cancellationToken);
}
