using Dialoogtafels.Api.Data;
using System.Collections.Concurrent;
using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Editing;

/// <summary>
/// Writes the links between content items declared as a <see cref="LinkSet{TSource, TTarget}"/>.
/// Links change at once (they are not part of drafts, and are not reviewed): linking a published item
/// changes what the public sees at once, with a new public version, and so requires PUBLISHER; a
/// draft's links need its edit role. A new item gets its first links with its create (<see cref="ICreateLinks"/>). A change counts the item's
/// version up and writes an audit record, in one transaction; a change that changes nothing writes nothing.
/// </summary>
public sealed class LinkWriter(ContentWriter writer, EntityCatalog catalog)
{
    /// <summary>Most attempts of an unversioned link write that keeps losing races.</summary>
    public const int MaxAttempts = 10;

    /// <summary>
    /// Adds (<paramref name="add"/>) or removes the targets <paramref name="targetIds"/> (global ids) on the item
    /// <paramref name="id"/>. Problems: <c>NotFoundProblem</c> for an unknown item, <c>NotAuthorizedProblem</c>,
    /// <c>ConcurrencyProblem</c> for a stale <paramref name="expectedVersion"/>, <c>ValidationProblem</c> at
    /// <see cref="LinkSet{TSource, TTarget}.TargetPath"/> for each unknown target.
    /// </summary>
    public async Task<WriteResult> SetAsync<TSource, TTarget>(
        LinkSet<TSource, TTarget> links, string id, int? expectedVersion, IReadOnlyList<string> targetIds, bool add, CancellationToken ct)
        where TSource : class
        where TTarget : ContentEntity
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await SetOnceAsync(links, id, expectedVersion, targetIds, add, ct);
            if (!links.RetryUnversioned || expectedVersion is not null || attempt == MaxAttempts || result.Problems is not [ConcurrencyProblem]) return result;
            await Task.Delay(Random.Shared.Next(5, 25 * attempt), ct);
        }
    }

    private async Task<WriteResult> SetOnceAsync<TSource, TTarget>(
        LinkSet<TSource, TTarget> links, string id, int? expectedVersion, IReadOnlyList<string> targetIds, bool add, CancellationToken ct)
        where TSource : class
        where TTarget : ContentEntity
    {
        await using var edit = await writer.OpenAsync(ct);
        var source = SourceOf<TSource>(id);
        if (source?.Editing is not { } fields)
            return WriteResult.Failed(new NotFoundProblem(id, string.Format(links.UnknownSource ?? "There is no item with id {0}.", id)));
        var (item, problem) = await Loaders.GetOrAdd(source.EntityType, LoaderOf)(edit, fields, id, expectedVersion, ct);
        if (problem is not null) return WriteResult.Failed(problem);
        await edit.Db.Entry(item!).Navigation(links.NavigationName).LoadAsync(ct);
        var needed = item!.Status == PublicationStatus.Draft ? fields.EditRole : Role.Publisher;
        if (edit.Require(needed, $"Changing the links of a {item.Status.ToString().ToLowerInvariant()} {fields.TypeName}") is { } denied)
            return WriteResult.Failed(denied);

        var problems = new List<WriteProblem>();
        var targets = await TargetsAsync<TTarget>(edit, targetIds, catalog.Of<TTarget>().TypeName, links.TargetPath, links.TargetNoun, problems, ct);
        if (problems.Count > 0) return WriteResult.Failed([.. problems]);
        var current = links.Targets((TSource)(object)item);
        var changed = false;
        foreach (var target in targets)
        {
            if (add && current.All(t => t.Id != target.Id))
            {
                current.Add(target);
                changed = true;
            }

            if (!add) changed |= current.RemoveAll(t => t.Id == target.Id) > 0;
        }

        // Nothing to change (as an update that changes no field): no new version, no audit record.
        if (!changed) return WriteResult.Saved(item);
        // links are public content: the public version counts up with them (and the CMS's EditVersion)
        edit.Db.Entry(item).Property(e => e.UpdatedAt).IsModified = true;
        edit.Record(item, fields.TypeName, add ? links.AddOperation : links.RemoveOperation, [links.Field]);
        try
        {
            await edit.SaveAsync(ct);
            return WriteResult.Saved(item);
        }
        catch (DbUpdateConcurrencyException)
        {
            return WriteResult.Failed(new ConcurrencyProblem(item.EditVersion, "The item was changed by someone else while saving: reload it and try again."));
        }
    }

    /// <summary>
    /// The tracked, existing (not deleted) targets that <paramref name="targetIds"/> name (global ids of type
    /// <paramref name="targetTypeName"/>), in the order given, read in one statement; each id that names none adds
    /// a <see cref="ValidationProblem"/> at <paramref name="path"/>(i) to <paramref name="problems"/>.
    /// </summary>
    public static async Task<List<TTarget>> TargetsAsync<TTarget>(
        EditContext edit, IReadOnlyList<string> targetIds, string targetTypeName, Func<int, string[]> path, string noun, List<WriteProblem> problems, CancellationToken ct)
        where TTarget : ContentEntity
    {
        var keys = targetIds.Select(id => GlobalId.TryDecode(id, out var type, out var key) && type == targetTypeName ? key : (int?)null).ToList();
        var wanted = keys.OfType<int>().Distinct().ToArray();
        var found = wanted.Length == 0
            ? []
            : await edit.Db.Set<TTarget>().AsTracking().Where(t => wanted.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var targets = new List<TTarget>();
        for (var i = 0; i < targetIds.Count; i++)
        {
            if (keys[i] is int key && found.TryGetValue(key, out var target)) targets.Add(target);
            else problems.Add(new ValidationProblem(path(i), $"`{targetIds[i]}` names no existing {noun}."));
        }

        return targets;
    }

    // An entity TSource is that entity; an interface TSource is any declared entity that implements it, by the id's type name.
    private EntityDescriptor? SourceOf<TSource>(string id) =>
        catalog.Find(typeof(TSource)) ?? (GlobalId.TryDecode(id, out var typeName, out _) && catalog.FindByTypeName(typeName) is { } named
            && typeof(TSource).IsAssignableFrom(named.EntityType) ? named : null);

    private delegate Task<(ContentEntity? Item, WriteProblem? Problem)> Loader(
        EditContext edit, IEditableFields fields, string id, int? expectedVersion, CancellationToken ct);

    private static readonly ConcurrentDictionary<Type, Loader> Loaders = new();

    private static Loader LoaderOf(Type entityType) =>
        typeof(LinkWriter).GetMethod(nameof(LoadAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(entityType).CreateDelegate<Loader>();

    private static async Task<(ContentEntity? Item, WriteProblem? Problem)> LoadAsync<T>(
        EditContext edit, IEditableFields fields, string id, int? expectedVersion, CancellationToken ct)
        where T : ContentEntity =>
        await ContentWriter.LoadAsync<T>(edit, fields, id, expectedVersion, fields.EditRole, "Linking", ct);
}
