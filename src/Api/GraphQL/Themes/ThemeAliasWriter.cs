using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Themes;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary>
/// Edits the mapping of raw labels onto themes (<see cref="ThemeAlias"/>): imports map a category
/// whose label is an alias onto that theme. Requires PUBLISHER (theme management); audited on the theme.
/// </summary>
public sealed class ThemeAliasWriter(ContentWriter writer, EntityCatalog catalog)
{
    /// <summary>Maps <paramref name="label"/> (unique regardless of case) onto the theme <paramref name="themeId"/>.</summary>
    public async Task<WriteResult> AddAsync(string themeId, string label, CancellationToken ct)
    {
        await using var edit = await writer.OpenAsync(ct);
        var (theme, problem) = await LoadAsync(edit, themeId, ct);
        if (problem is not null) return WriteResult.Failed(problem);
        label = label.Trim();
        if (label.Length is 0 or > Theme.NameMaxLength)
            return WriteResult.Failed(new ValidationProblem(["input", "label"], $"`label` must have 1 to {Theme.NameMaxLength} characters."));
        var lower = label.ToLowerInvariant();
        if (await edit.Db.ThemeAliases.AnyAsync(a => a.Label.ToLower() == lower, ct))
            return WriteResult.Failed(new ValidationProblem(["input", "label"], $"'{label}' is already an alias; remove it first to map it elsewhere."));
        edit.Db.ThemeAliases.Add(new ThemeAlias { ThemeId = theme!.Id, Label = label });
        edit.Db.Entry(theme).Property(t => t.UpdatedAt).IsModified = true;
        edit.Record(theme, ThemeFeature.TypeName, "addAlias", ["aliases"]);
        return await edit.TrySaveAsync(theme, ct, () => new ValidationProblem(["input", "label"], $"'{label}' is already an alias; remove it first to map it elsewhere."))
            is { } lost ? WriteResult.Failed(lost) : WriteResult.Saved(theme);
    }

    /// <summary>Removes the alias <paramref name="label"/> from the theme <paramref name="themeId"/>.</summary>
    public async Task<WriteResult> RemoveAsync(string themeId, string label, CancellationToken ct)
    {
        await using var edit = await writer.OpenAsync(ct);
        var (theme, problem) = await LoadAsync(edit, themeId, ct);
        if (problem is not null) return WriteResult.Failed(problem);
        var lower = label.Trim().ToLowerInvariant();
        var alias = await edit.Db.ThemeAliases.AsTracking().FirstOrDefaultAsync(a => a.ThemeId == theme!.Id && a.Label.ToLower() == lower, ct);
        if (alias is null) return WriteResult.Failed(new ValidationProblem(["input", "label"], $"'{label}' is not an alias of this theme."));
        edit.Db.ThemeAliases.Remove(alias);
        edit.Db.Entry(theme!).Property(t => t.UpdatedAt).IsModified = true;
        edit.Record(theme!, ThemeFeature.TypeName, "removeAlias", ["aliases"]);
        return await edit.TrySaveAsync(theme!, ct) is { } lost ? WriteResult.Failed(lost) : WriteResult.Saved(theme!);
    }

    private Task<(Theme? Entity, WriteProblem? Problem)> LoadAsync(EditContext edit, string themeId, CancellationToken ct) =>
        ContentWriter.LoadAsync<Theme>(edit, catalog.Of<Theme>().Editing!, themeId, null, Role.Publisher, "Changing the aliases of", ct);
}
