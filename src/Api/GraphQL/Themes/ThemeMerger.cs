using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Themes;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary>
/// Merges one theme into another, for cleaning up imports: every link of the source (stories,
/// ideas, tables, dialogues, child themes, aliases) moves to the target without duplicates, the
/// source's name and slug become aliases of the target, and the source is deleted (softly). A
/// published theme merges only into a published theme, and never into its own descendants.
/// Requires PUBLISHER; one transaction; audited on both themes.
/// </summary>
public sealed class ThemeMerger(ContentWriter writer, EntityCatalog catalog)
{
    /// <summary>Merges <paramref name="sourceId"/> into <paramref name="targetId"/>; returns the target.</summary>
    public async Task<WriteResult> MergeAsync(string sourceId, string targetId, CancellationToken ct)
    {
        await using var edit = await writer.OpenAsync(ct);
        var fields = catalog.Of<Theme>().Editing!;
        var (source, problem) = await ContentWriter.LoadAsync<Theme>(edit, fields, sourceId, null, Role.Publisher, "Merging", ct);
        if (problem is not null) return WriteResult.Failed(problem);
        var (target, targetProblem) = await ContentWriter.LoadAsync<Theme>(edit, fields, targetId, null, Role.Publisher, "Merging", ct);
        if (targetProblem is not null) return WriteResult.Failed(targetProblem);
        if (source!.Id == target!.Id)
            return WriteResult.Failed(new ValidationProblem(["input", "targetId"], "A theme cannot be merged into itself."));
        if (!source.MayMergeInto(target))
            return WriteResult.Failed(new ValidationProblem(["input", "targetId"],
                "A published theme can only be merged into a published theme: its links would disappear from public view. Publish the target first."));
        var seen = new HashSet<int>();
        for (var ancestor = target.ParentId; ancestor is { } id && seen.Add(id); // a stored cycle ends the walk
             ancestor = await edit.Db.Themes.IgnoreQueryFilters().Where(t => t.Id == ancestor).Select(t => t.ParentId).FirstOrDefaultAsync(ct))
        {
            if (ancestor == source.Id)
                return WriteResult.Failed(new ValidationProblem(["input", "targetId"], "A theme cannot be merged into one of its own descendants; merge the descendant into it instead."));
        }

        var db = edit.Db;
        await MoveLinksAsync(db.StoryThemes, x => x.ThemeId == source.Id, x => x.StoryId, id => new StoryTheme { StoryId = id, ThemeId = target.Id },
            db.StoryThemes.Where(x => x.ThemeId == target.Id).Select(x => x.StoryId), ct);
        await MoveLinksAsync(db.IdeaThemes, x => x.ThemeId == source.Id, x => x.IdeaId, id => new IdeaTheme { IdeaId = id, ThemeId = target.Id },
            db.IdeaThemes.Where(x => x.ThemeId == target.Id).Select(x => x.IdeaId), ct);
        await MoveLinksAsync(db.TableThemes, x => x.ThemeId == source.Id, x => x.TableId, id => new TableTheme { TableId = id, ThemeId = target.Id },
            db.TableThemes.Where(x => x.ThemeId == target.Id).Select(x => x.TableId), ct);
        foreach (var dialogue in await db.Dialogues.AsTracking().Where(d => d.ThemeId == source.Id).ToListAsync(ct)) dialogue.ThemeId = target.Id;
        foreach (var child in await db.Themes.AsTracking().Where(t => t.ParentId == source.Id && t.Id != target.Id).ToListAsync(ct)) child.ParentId = target.Id;
        if (target.ParentId == source.Id) target.ParentId = source.ParentId;
        foreach (var alias in await db.ThemeAliases.AsTracking().Where(a => a.ThemeId == source.Id).ToListAsync(ct)) alias.ThemeId = target.Id;

        var taken = await db.ThemeAliases.Select(a => a.Label.ToLower()).ToListAsync(ct);
        foreach (var label in new[] { source.Name, source.Slug }.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!taken.Contains(label.ToLowerInvariant())) db.ThemeAliases.Add(new ThemeAlias { ThemeId = target.Id, Label = label });
        }

        source.DeletedAt = DateTimeOffset.UtcNow;
        db.Entry(target).Property(e => e.UpdatedAt).IsModified = true;
        edit.Record(target, fields.TypeName, "mergeThemes", ["stories", "ideas", "tables", "aliases"]);
        edit.Record(source, fields.TypeName, "delete", []);
        return await edit.TrySaveAsync(target, ct) is { } lost ? WriteResult.Failed(lost) : WriteResult.Saved(target);
    }

    private static async Task MoveLinksAsync<TLink>(
        DbSet<TLink> links, System.Linq.Expressions.Expression<Func<TLink, bool>> ofSource, Func<TLink, int> item, Func<int, TLink> toTarget,
        IQueryable<int> linkedToTarget, CancellationToken ct)
        where TLink : class
    {
        var existing = (await linkedToTarget.ToListAsync(ct)).ToHashSet();
        foreach (var link in await links.AsTracking().Where(ofSource).ToListAsync(ct))
        {
            links.Remove(link);
            if (existing.Add(item(link))) links.Add(toTarget(item(link)));
        }
    }
}
