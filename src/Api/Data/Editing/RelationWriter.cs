using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Editing;

/// <summary>
/// Writes the links between content: themes of stories, ideas and tables, and the stories an idea
/// answers. Links change at once (they are not part of drafts), so linking a published item
/// changes what the public sees and requires PUBLISHER; a draft's links need its edit role.
/// Audited, versioned, one transaction.
/// </summary>
public sealed class RelationWriter(ContentWriter writer)
{
    /// <summary>
    /// Adds (<paramref name="assign"/>) or removes the themes <paramref name="themeIds"/> on the story,
    /// idea or table <paramref name="id"/>. Without <paramref name="expectedVersion"/> the caller asked
    /// for no version check, so a write that loses a race with another is retried (at most
    /// <see cref="MaxAttempts"/> times, after a short random pause) instead of answering ConcurrencyError.
    /// </summary>
    public async Task<WriteResult> SetThemesAsync(string id, int? expectedVersion, IReadOnlyList<string> themeIds, bool assign, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await SetThemesOnceAsync(id, expectedVersion, themeIds, assign, ct);
            if (expectedVersion is not null || attempt == MaxAttempts || result.Problems is not [ConcurrencyProblem]) return result;
            await Task.Delay(Random.Shared.Next(5, 25 * attempt), ct);
        }
    }

    /// <summary>Most attempts of an unversioned link write that keeps losing races.</summary>
    public const int MaxAttempts = 10;

    private async Task<WriteResult> SetThemesOnceAsync(string id, int? expectedVersion, IReadOnlyList<string> themeIds, bool assign, CancellationToken ct)
    {
        await using var edit = await writer.OpenAsync(ct);
        GlobalId.TryDecode(id, out var typeName, out _);
        var (item, problem) = typeName switch
        {
            "Story" => await LoadAsync<Story>(edit, id, expectedVersion, ct, s => s.Themes),
            "Idea" => await LoadAsync<Idea>(edit, id, expectedVersion, ct, i => i.Themes),
            "Table" => await LoadAsync<Table>(edit, id, expectedVersion, ct, t => t.Themes),
            _ => (null, new NotFoundProblem(id, $"There is no story, idea or table with id {id}.")),
        };
        if (problem is not null) return WriteResult.Failed(problem);

        var problems = new List<WriteProblem>();
        var themes = new List<Theme>();
        for (var i = 0; i < themeIds.Count; i++)
        {
            var theme = GlobalId.TryDecode(themeIds[i], out var type, out var key) && type == "Theme"
                ? await edit.Db.Themes.AsTracking().FirstOrDefaultAsync(t => t.Id == key, ct)
                : null;
            if (theme is null) problems.Add(new ValidationProblem(["input", "themeIds", i.ToString()], $"`{themeIds[i]}` names no existing theme."));
            else themes.Add(theme);
        }

        if (problems.Count > 0) return WriteResult.Failed([.. problems]);
        var current = item switch { Story s => s.Themes, Idea x => x.Themes, Table t => t.Themes, _ => throw new InvalidOperationException() };
        var changed = false;
        foreach (var theme in themes)
        {
            if (assign && current.All(t => t.Id != theme.Id))
            {
                current.Add(theme);
                changed = true;
            }

            if (!assign) changed |= current.RemoveAll(t => t.Id == theme.Id) > 0;
        }

        // Nothing to change (as an update that changes no field): no new version, no audit record.
        if (!changed) return WriteResult.Saved(item!);
        Touch(edit, item!);
        edit.Record(item!, typeName, assign ? "assignThemes" : "unassignThemes", ["themes"]);
        return await SaveAsync(edit, item!, ct);
    }

    /// <summary>Links (<paramref name="link"/>) or unlinks the idea <paramref name="ideaId"/> and the story it answers.</summary>
    public async Task<WriteResult> SetAnsweredStoryAsync(string ideaId, string storyId, bool link, CancellationToken ct)
    {
        await using var edit = await writer.OpenAsync(ct);
        var (idea, problem) = await LoadAsync<Idea>(edit, ideaId, null, ct, i => i.AnsweredStories);
        if (problem is not null) return WriteResult.Failed(problem);
        var story = GlobalId.TryDecode(storyId, out var type, out var key) && type == "Story"
            ? await edit.Db.Stories.AsTracking().FirstOrDefaultAsync(s => s.Id == key, ct)
            : null;
        if (story is null) return WriteResult.Failed(new ValidationProblem(["input", "storyId"], $"`{storyId}` names no existing story."));

        var linkedIdea = (Idea)idea!;
        var linked = linkedIdea.AnsweredStories.Any(s => s.Id == story.Id);
        if (link == linked) return WriteResult.Saved(linkedIdea);
        if (link) linkedIdea.AnsweredStories.Add(story);
        else linkedIdea.AnsweredStories.RemoveAll(s => s.Id == story.Id);
        Touch(edit, linkedIdea);
        edit.Record(linkedIdea, "Idea", link ? "linkStory" : "unlinkStory", ["answeredStories"]);
        return await SaveAsync(edit, linkedIdea, ct);
    }

    private static async Task<(ContentEntity? Item, WriteProblem? Problem)> LoadAsync<T>(
        EditContext edit, string id, int? expectedVersion, CancellationToken ct, System.Linq.Expressions.Expression<Func<T, object>> include)
        where T : ContentEntity
    {
        var fields = GraphQL.Cms.ContentMutations.Declarations[typeof(T)];
        var (entity, problem) = await ContentWriter.LoadAsync<T>(edit, fields, id, expectedVersion, fields.EditRole, "Linking", ct);
        if (problem is not null) return (null, problem);
        await edit.Db.Entry(entity!).Navigation(((System.Linq.Expressions.MemberExpression)include.Body).Member.Name).LoadAsync(ct);
        var needed = entity!.Status == PublicationStatus.Draft ? fields.EditRole : Role.Publisher;
        return edit.Require(needed, $"Changing the links of a {entity.Status.ToString().ToLowerInvariant()} {fields.TypeName}") is { } denied
            ? (null, denied)
            : (entity, null);
    }

    /// <summary>Marks the item changed, so its version counts up with its links.</summary>
    private static void Touch(EditContext edit, ContentEntity item) =>
        edit.Db.Entry(item).Property(e => e.UpdatedAt).IsModified = true;

    private static async Task<WriteResult> SaveAsync(EditContext edit, ContentEntity item, CancellationToken ct)
    {
        try
        {
            await edit.SaveAsync(ct);
            return WriteResult.Saved(item);
        }
        catch (DbUpdateConcurrencyException)
        {
            return WriteResult.Failed(new ConcurrencyProblem(item.Version, "The item was changed by someone else while saving: reload it and try again."));
        }
    }
}
