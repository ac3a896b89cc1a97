using System.Security.Claims;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Cms;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Editing;

/// <summary>
/// One write: a tracked <see cref="DialoogtafelsDbContext"/> in a transaction, the caller, and the
/// audit records and revisions the write adds — saved with the change, in the same transaction,
/// or not at all — and the request's <see cref="IWriteParticipant"/>, when it has one.
/// </summary>
public sealed class EditContext(DialoogtafelsDbContext db, ClaimsPrincipal? user, IWriteParticipant? participant = null) : IAsyncDisposable
{
    /// <summary>The tracked context of this write.</summary>
    public DialoogtafelsDbContext Db { get; } = db;

    /// <summary>The caller's role; null for anonymous callers (who may not write).</summary>
    public Role? Role { get; } = Roles.Of(user);

    /// <summary>The caller's name for audit records.</summary>
    public string Actor { get; } = Roles.Actor(user);

    private readonly List<(ContentEntity Entity, string TypeName, string Operation, List<string>? Changed, JsonObject? Content)> records = [];

    /// <summary>A problem when the caller lacks <paramref name="required"/>; null when allowed.</summary>
    public NotAuthorizedProblem? Require(Role required, string what) =>
        Role is { } role && role >= required
            ? null
            : new NotAuthorizedProblem(required, $"{what} requires the role {Roles.Name(required)}.");

    /// <summary>Records an audit entry (and a revision when <paramref name="content"/> is given) for <paramref name="entity"/>.</summary>
    public void Record(ContentEntity entity, string typeName, string operation, List<string> changed, JsonObject? content = null) =>
        records.Add((entity, typeName, operation, changed, content));

    /// <summary>Records a revision of <paramref name="content"/> without an audit entry (a state kept for history, not a change).</summary>
    public void Keep(ContentEntity entity, string typeName, string operation, JsonObject content) =>
        records.Add((entity, typeName, operation, null, content));

    /// <summary>
    /// Saves the change and then its audit records and revisions in one transaction, which the request's
    /// <see cref="IWriteParticipant"/> joins last, before the commit. Throws <see cref="DbUpdateConcurrencyException"/> when a changed
    /// row was changed by someone else meanwhile, and an exception that <see cref="DatabaseFailures.IsUnavailable"/> counts
    /// as an outage when the database went away (also between two of its commands: <see cref="ConnectionBrokenException"/>).
    /// </summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SaveInTransactionAsync(cancellationToken);
        }
        catch (InvalidOperationException e) when (DatabaseFailures.IsBroken(Db.Database.GetDbConnection()) && !DatabaseFailures.IsUnavailable(e))
        {
            // The connection broke between two commands of the transaction (the server went down): the next one
            // failed with "Transaction is already completed". That is the outage, not a fault; nothing was committed.
            throw new ConnectionBrokenException(e);
        }
    }

    private async Task SaveInTransactionAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        await Db.SaveChangesAsync(cancellationToken); // new rows get their ids
        var now = DateTimeOffset.UtcNow;
        var role = Role is { } r ? Roles.Name(r) : "ANONIEM";
        var numbers = new Dictionary<(string, int), int>();
        foreach (var (entity, typeName, operation, changed, content) in records)
        {
            if (changed is not null)
            {
                Db.AuditRecords.Add(new AuditRecord
                {
                    Actor = Actor, Role = role, At = now, EntityType = typeName, EntityId = entity.Id, Operation = operation, ChangedFields = changed,
                });
            }

            if (content is null) continue;
            if (!numbers.TryGetValue((typeName, entity.Id), out var number))
            {
                number = await Db.Revisions.Where(x => x.EntityType == typeName && x.EntityId == entity.Id)
                    .Select(x => (int?)x.Number).MaxAsync(cancellationToken) ?? 0;
            }

            numbers[(typeName, entity.Id)] = ++number;
            Db.Revisions.Add(new Revision
            {
                EntityType = typeName, EntityId = entity.Id, Number = number, Operation = operation,
                Actor = Actor, Role = role, CreatedAt = now, Content = content.ToJsonString(),
            });
        }

        await Db.SaveChangesAsync(cancellationToken);
        if (participant is not null) await participant.EnlistAsync(Db, cancellationToken); // last, so that it locks only while committing
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// <see cref="SaveAsync"/>, with the outcomes of a lost race as problems instead of exceptions: a row changed by
    /// someone else meanwhile (<see cref="DbUpdateConcurrencyException"/>) and a unique key taken meanwhile
    /// (PostgreSQL 23505) become a <see cref="ConcurrencyProblem"/> of <paramref name="entity"/>, or for a unique key
    /// what <paramref name="uniqueViolation"/> says. Null when the change was saved; nothing is saved otherwise.
    /// </summary>
    public async Task<WriteProblem?> TrySaveAsync(ContentEntity entity, CancellationToken cancellationToken, Func<WriteProblem>? uniqueViolation = null)
    {
        try
        {
            await SaveAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ConcurrencyProblem(entity.EditVersion, "The item was changed by someone else while saving: reload it and try again.");
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return uniqueViolation?.Invoke()
                ?? new ConcurrencyProblem(entity.EditVersion, "Someone else made the same change while saving: reload the item and try again.");
        }
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
