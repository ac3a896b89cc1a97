using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Persistence.Import.Pabulib;

/// <summary>
/// The values one project row gives its <see cref="Idea"/>, and how they are written onto it.
/// </summary>
/// <remarks>
/// <c>name</c> → Title (one line, capped at <see cref="Idea.TitleMaxLength"/>; "Project {id}" when empty).
/// Description: the <c>description</c> column when present, then "Buurt: {neighborhood}" when the file
/// has a <c>neighborhood</c> column (kept, so the idea is findable by neighbourhood), then — only for a
/// file whose META <c>currency</c> is not EUR — "Kosten: {cost} {currency}"; null when none applies.
/// <c>votes</c> → SupportCount (0 when absent), <c>cost</c> → CostEstimate in EUR rounded to cents
/// (null for a non-EUR file), <c>selected</c> → BudgetSelection, <c>category</c> → theme labels.
/// </remarks>
internal sealed record PabulibIdeaValues(
    int LineNumber,
    string ExternalReference,
    string Title,
    string? Description,
    int SupportCount,
    decimal? CostEstimate,
    BudgetSelection? BudgetSelection,
    IReadOnlyList<string> ThemeLabels)
{
    /// <summary>Maps <paramref name="project"/> of <paramref name="round"/>.</summary>
    public static PabulibIdeaValues From(PabulibRound round, PabulibProject project)
    {
        var title = ImportText.SingleLine(project.Name);
        if (title.Length == 0) title = $"Project {project.Id}";

        var paragraphs = new List<string>();
        if (project.Field("description") is { } description) paragraphs.Add(description);
        if (project.Field("neighborhood") is { } neighborhood) paragraphs.Add($"Buurt: {ImportText.SingleLine(neighborhood)}");
        if (!round.CostsInEuro) paragraphs.Add($"Kosten: {ImportText.DutchAmount(project.Cost)} {round.Currency}");

        return new PabulibIdeaValues(
            project.LineNumber,
            round.ExternalReference(project.Id),
            ImportText.Cap(title, Idea.TitleMaxLength),
            paragraphs.Count == 0 ? null : string.Join("\n\n", paragraphs),
            project.Votes ?? 0,
            round.CostsInEuro ? decimal.Round(project.Cost, 2, MidpointRounding.AwayFromZero) : null,
            project.Selected is { } selected ? (BudgetSelection)selected : null,
            PabulibCategories.Split(project.Field("category")));
    }

    /// <summary>
    /// Writes the values onto <paramref name="idea"/> and replaces its links to imported themes (children
    /// of "Geïmporteerd") by <paramref name="themes"/>; links to other themes, status, proposed actors and
    /// table are left alone. Returns true when anything changed.
    /// </summary>
    public bool ApplyTo(Idea idea, IReadOnlyList<Theme> themes, Theme importRoot)
    {
        var changed = false;
        if (idea.Title != Title) { idea.Title = Title; changed = true; }
        if (idea.Description != Description) { idea.Description = Description; changed = true; }
        if (idea.SupportCount != SupportCount) { idea.SupportCount = SupportCount; changed = true; }
        if (idea.CostEstimate != CostEstimate) { idea.CostEstimate = CostEstimate; changed = true; }
        if (idea.BudgetSelection != BudgetSelection) { idea.BudgetSelection = BudgetSelection; changed = true; }
        if (idea.Source != IdeaSource.Import) { idea.Source = IdeaSource.Import; changed = true; }
        if (idea.ExternalReference != ExternalReference) { idea.ExternalReference = ExternalReference; changed = true; }

        foreach (var stale in idea.Themes.Where(t => IsImported(t, importRoot) && !themes.Contains(t)).ToList())
        {
            idea.Themes.Remove(stale);
            changed = true;
        }

        foreach (var theme in themes.Where(t => !idea.Themes.Contains(t)))
        {
            idea.Themes.Add(theme);
            changed = true;
        }

        return changed;
    }

    private static bool IsImported(Theme theme, Theme importRoot) =>
        ReferenceEquals(theme.Parent, importRoot) || (importRoot.Id != 0 && theme.ParentId == importRoot.Id);
}
