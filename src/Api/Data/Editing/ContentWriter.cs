using Dialoogtafels.Api.Data;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Editing;

/// <summary>
/// The write path of content (a scoped service): every CMS mutation goes through it. It checks the
/// caller's role again (after the schema's authorization rule), validates the input, checks
/// <c>expectedVersion</c> against the item's <see cref="ContentEntity.EditVersion"/> (which every save
/// counts up), keeps a published item's public content — and its public <see cref="ContentEntity.Version"/>
/// and <see cref="ContentEntity.UpdatedAt"/> — until the draft is published, and writes an audit record
/// — and for content changes a revision — in the same transaction. A failed write changes nothing.
/// </summary>
public sealed class ContentWriter(IDbContextFactory<DialoogtafelsDbContext> contexts, IHttpContextAccessor http, EntityCatalog catalog)
{
    /// <summary>
    /// Creates a draft <typeparamref name="T"/> from <paramref name="input"/>, with the links its declaration lets a
    /// create set (<see cref="IEditableFields.CreateLinks"/>, e.g. <c>themeIds</c>) in the same write and audit record.
    /// </summary>
    public async Task<WriteResult> CreateAsync<T>(IEditableFields fields, IDictionary<string, object?> input, CancellationToken ct)
        where T : ContentEntity
    {
        await using var edit = await OpenAsync(ct);
        if (edit.Require(fields.EditRole, $"Creating a {fields.TypeName}") is { } denied) return WriteResult.Failed(denied);
        var problems = new List<WriteProblem>();
        var entity = Activator.CreateInstance<T>();
        var content = await InputValues.ReadAsync(edit, fields, input, ContentSnapshot.Of(entity, fields, withDraft: false), null, problems, ct);
        var changed = content.Select(p => p.Key).ToList();
        foreach (var links in fields.CreateLinks)
        {
            if (input.TryGetValue(links.Name, out var raw) && raw is IEnumerable<object> ids && ids.Cast<string>().ToList() is { Count: > 0 } targetIds)
            {
                await links.AddAsync(edit, entity, targetIds, catalog.Of(links.TargetType).TypeName, problems, ct);
                changed.Add(links.Field);
            }
        }

        if (problems.Count > 0) return WriteResult.Failed([.. problems]);

        entity.Status = PublicationStatus.Draft;
        ContentSnapshot.Apply(entity, fields, content);
        edit.Db.Add(entity);
        edit.Record(entity, fields.TypeName, "create", changed, content);
        return await SaveAsync<T>(edit, fields, entity, ct);
    }

    /// <summary>
    /// Changes the fields <paramref name="input"/> names. A draft or archived item changes in place;
    /// a published item keeps its public version and gets (or extends) a pending draft.
    /// </summary>
    public async Task<WriteResult> UpdateAsync<T>(IEditableFields fields, string id, int expectedVersion, IDictionary<string, object?> input, CancellationToken ct)
        where T : ContentEntity
    {
        await using var edit = await OpenAsync(ct);
        var (entity, problem) = await LoadAsync<T>(edit, fields, id, expectedVersion, fields.EditRole, "Editing", ct);
        if (problem is not null) return WriteResult.Failed(problem);

        var before = ContentSnapshot.Of(entity!, fields, withDraft: true);
        var problems = new List<WriteProblem>();
        var after = await InputValues.ReadAsync(edit, fields, input, before, entity!.Id, problems, ct);
        if (problems.Count > 0) return WriteResult.Failed([.. problems]);

        var changed = ContentSnapshot.Changed(before, after);
        if (changed.Count == 0) return WriteResult.Saved(entity);
        await KeepOriginalAsync(edit, entity, fields, ct);
        Stage(entity, fields, after);
        edit.Record(entity, fields.TypeName, "update", changed, after);
        return await SaveAsync<T>(edit, fields, entity, ct);
    }

    /// <summary>Brings back the content of revision <paramref name="revisionNumber"/> as a new draft of its item (see <see cref="UpdateAsync{T}"/>).</summary>
    public async Task<WriteResult> RestoreRevisionAsync<T>(IEditableFields fields, string id, int expectedVersion, int revisionNumber, CancellationToken ct)
        where T : ContentEntity
    {
        await using var edit = await OpenAsync(ct);
        var (entity, problem) = await LoadAsync<T>(edit, fields, id, expectedVersion, fields.EditRole, "Restoring a revision of", ct);
        if (problem is not null) return WriteResult.Failed(problem);
        var revision = await edit.Db.Revisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.EntityType == fields.TypeName && r.EntityId == entity!.Id && r.Number == revisionNumber, ct);
        if (revision is null || JsonNode.Parse(revision.Content) is not JsonObject content)
            return WriteResult.Failed(new NotFoundProblem(id, $"{fields.TypeName} {id} has no revision {revisionNumber}."));

        var before = ContentSnapshot.Of(entity!, fields, withDraft: true);
        var changed = ContentSnapshot.Changed(before, content);
        Stage(entity!, fields, content);
        edit.Record(entity!, fields.TypeName, "restoreRevision", changed, content);
        return await SaveAsync<T>(edit, fields, entity!, ct);
    }

    /// <summary>
    /// Submits a draft for review, publishes (applying a pending draft), unpublishes (back to draft,
    /// applying a pending draft), archives, deletes (soft) or restores an item. Publishing,
    /// unpublishing and archiving need PUBLISHER (and end a review); deleting or restoring a
    /// published or archived item too.
    /// </summary>
    public async Task<WriteResult> ChangeStateAsync<T>(IEditableFields fields, string id, int? expectedVersion, StateChange change, CancellationToken ct)
        where T : ContentEntity
    {
        await using var edit = await OpenAsync(ct);
        var restoring = change == StateChange.Restore;
        var (entity, problem) = await LoadAsync<T>(edit, fields, id, expectedVersion, fields.EditRole, change.ToString(), ct, includeDeleted: restoring);
        if (problem is not null) return WriteResult.Failed(problem);
        var needed = change is StateChange.Publish or StateChange.Unpublish or StateChange.Archive
                     || (change is StateChange.Delete or StateChange.Restore && entity!.Status != PublicationStatus.Draft)
            ? (Role)Math.Max((int)Role.Publisher, (int)fields.EditRole)
            : fields.EditRole;
        if (edit.Require(needed, $"{change} of a {entity!.Status.ToString().ToLowerInvariant()} {fields.TypeName}") is { } denied)
            return WriteResult.Failed(denied);

        var changed = new List<string>();
        if (change is StateChange.Publish or StateChange.Unpublish or StateChange.Archive && entity.ReviewRequestedAt is not null)
        {
            entity.ReviewRequestedAt = null;
            changed.Add("reviewRequestedAt");
        }

        switch (change)
        {
            case StateChange.SubmitForReview:
                if (entity.Status != PublicationStatus.Draft && entity.PendingDraft is null)
                    return WriteResult.Failed(new ValidationProblem(["input", "id"], $"{fields.TypeName} {id} has no draft to review."));
                entity.ReviewRequestedAt = DateTimeOffset.UtcNow;
                changed.Add("reviewRequestedAt");
                break;
            case StateChange.Publish:
            case StateChange.Unpublish:
                if (entity.PendingDraft is not null)
                {
                    // the public version being replaced stays in the history
                    if (entity.Status == PublicationStatus.Published) edit.Keep(entity, fields.TypeName, "replacedPublished", ContentSnapshot.Of(entity, fields, withDraft: false));
                    var draft = ContentSnapshot.Of(entity, fields, withDraft: true);
                    changed = ContentSnapshot.Changed(ContentSnapshot.Of(entity, fields, withDraft: false), draft);
                    ContentSnapshot.Apply(entity, fields, draft);
                    entity.PendingDraft = null;
                    // the public content changes, also when the draft matched it: a new public version
                    edit.Db.Entry(entity).Property(e => e.UpdatedAt).IsModified = true;
                }

                entity.Status = change == StateChange.Publish ? PublicationStatus.Published : PublicationStatus.Draft;
                changed.Add("status");
                break;
            case StateChange.Archive:
                entity.Status = PublicationStatus.Archived;
                changed.Add("status");
                break;
            case StateChange.Delete:
                entity.DeletedAt = DateTimeOffset.UtcNow;
                break;
            case StateChange.Restore:
                if (entity.DeletedAt is null)
                    return WriteResult.Failed(new ValidationProblem(["input", "id"], $"{fields.TypeName} {id} is not deleted."));
                entity.DeletedAt = null;
                break;
        }

        edit.Record(entity, fields.TypeName, change.ToString().ToLowerInvariant(), changed);
        return await SaveAsync<T>(edit, fields, entity, ct);
    }

    /// <summary>
    /// Opens a write for callers outside this class (relations, merges) that save through <see cref="EditContext.SaveAsync"/>,
    /// with the caller and the request's <see cref="IWriteParticipant"/> (an <see cref="HttpContext"/> feature).
    /// </summary>
    public async Task<EditContext> OpenAsync(CancellationToken ct) =>
        new(await contexts.CreateDbContextAsync(ct), http.HttpContext?.User, http.HttpContext?.Features.Get<IWriteParticipant>());

    /// <summary>
    /// Loads the tracked item with global id <paramref name="id"/> for a write: not found, role and
    /// version problems come back as problems, in that order (so nobody learns about items they may not see).
    /// <paramref name="expectedVersion"/> is compared with <see cref="ContentEntity.EditVersion"/>, the version CMS callers read.
    /// </summary>
    public static async Task<(T? Entity, WriteProblem? Problem)> LoadAsync<T>(
        EditContext edit, IEditableFields fields, string id, int? expectedVersion, Role role, string what, CancellationToken ct, bool includeDeleted = false)
        where T : ContentEntity
    {
        if (edit.Require(role, $"{what} a {fields.TypeName}") is { } denied) return (null, denied);
        T? entity = null;
        if (GlobalId.TryDecode(id, out var type, out var key) && type == fields.TypeName)
        {
            var set = includeDeleted ? edit.Db.Set<T>().IgnoreQueryFilters() : edit.Db.Set<T>();
            entity = await set.AsTracking().FirstOrDefaultAsync(e => e.Id == key, ct);
        }

        if (entity is null) return (null, new NotFoundProblem(id, $"There is no {fields.TypeName} with id {id}."));
        if (expectedVersion is { } expected && entity.EditVersion != expected)
            return (null, new ConcurrencyProblem(entity.EditVersion, $"{fields.TypeName} {id} is at version {entity.EditVersion}, not {expected}: reload it and apply your change again."));
        return (entity, null);
    }

    /// <summary>
    /// Keeps the content an item had before its first edit (seeded and imported items have no
    /// revision yet), so every state can be restored.
    /// </summary>
    private static async Task KeepOriginalAsync(EditContext edit, ContentEntity entity, IEditableFields fields, CancellationToken ct)
    {
        if (!await edit.Db.Revisions.AnyAsync(r => r.EntityType == fields.TypeName && r.EntityId == entity.Id, ct))
            edit.Keep(entity, fields.TypeName, "original", ContentSnapshot.Of(entity, fields, withDraft: false));
    }

    /// <summary>Content of a published item goes into its pending draft; other items change in place.</summary>
    private static void Stage(ContentEntity entity, IEditableFields fields, JsonObject content)
    {
        if (entity.Status == PublicationStatus.Published) entity.PendingDraft = content.ToJsonString();
        else ContentSnapshot.Apply(entity, fields, content);
    }

    // A lost race is a problem, not a fault: a row changed meanwhile (ConcurrencyError), or a unique value taken
    // meanwhile or by content the checks did not see, e.g. a restored revision's or a published draft's slug
    // (ValidationError on the slug).
    private static async Task<WriteResult> SaveAsync<T>(EditContext edit, IEditableFields fields, T entity, CancellationToken ct) where T : ContentEntity
    {
        try
        {
            await edit.SaveAsync(ct);
            return WriteResult.Saved(entity);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await edit.Db.Set<T>().IgnoreQueryFilters().AsNoTracking().Where(e => e.Id == entity.Id).Select(e => e.EditVersion).FirstOrDefaultAsync(ct);
            return WriteResult.Failed(new ConcurrencyProblem(current, "The item was changed by someone else while saving: reload it and apply your change again."));
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            var slug = fields.Fields.FirstOrDefault(f => f.Kind == EditKind.Slug);
            return WriteResult.Failed(slug is null
                ? new ValidationProblem(["input"], $"The {fields.TypeName} would repeat a value that must be unique; change it and try again.")
                : new ValidationProblem(["input", slug.Name], $"`{slug.Name}` '{slug.Property.GetValue(entity)}' is already used by another {fields.TypeName}."));
        }
    }
}

/// <summary>The state changes of content.</summary>
public enum StateChange
{
    SubmitForReview,
    Publish,
    Unpublish,
    Archive,
    Delete,
    Restore,
}
