using Dialoogtafels.Domain.Dialogues;

namespace Dialoogtafels.Api.Reports;

/// <summary>
/// Everything a report page shows, read by <see cref="ReportReader"/> and rendered by <see cref="ReportPage"/>:
/// of one dialogue (<see cref="Dialogue"/> set) or of the whole programme (all published dialogues).
/// </summary>
internal sealed record ReportModel
{
    /// <summary>The dialogue of the report; null for the programme report.</summary>
    public DialogueSummary? Dialogue { get; init; }

    /// <summary>The published dialogues of the programme report (empty for a dialogue report).</summary>
    public IReadOnlyList<DialogueSummary> Dialogues { get; init; } = [];

    public required ReportFigures Figures { get; init; }

    /// <summary>The published reports (documents) of the dialogue(s).</summary>
    public IReadOnlyList<ReportDocument> Documents { get; init; } = [];

    /// <summary>Stories per theme and kind.</summary>
    public required ChartData ThemesByKind { get; init; }

    /// <summary>Ideas per theme and proposed actor.</summary>
    public required ChartData ThemesByActor { get; init; }

    /// <summary>The most characteristic terms of the biggest themes.</summary>
    public IReadOnlyList<ThemeTerms> Terms { get; init; } = [];

    /// <summary>The ideas with most support, best first.</summary>
    public IReadOnlyList<TopIdea> TopIdeas { get; init; } = [];

    /// <summary>A few concern and opportunity stories.</summary>
    public IReadOnlyList<ExampleStory> ExampleStories { get; init; } = [];
}

/// <summary>A dialogue series as the report names it.</summary>
internal sealed record DialogueSummary(
    string Title, string Slug, string? Description, DialogueTrack Track, DialoguePhase Phase,
    DateOnly? PeriodStart, DateOnly? PeriodEnd, string? Organiser, string? ThemeName);

/// <summary>The key figures; participants only as far as tables report them.</summary>
/// <param name="Dialogues">Published dialogues in the report.</param>
/// <param name="Tables">Published tables.</param>
/// <param name="TablesWithParticipants">Tables that report their number of participants.</param>
/// <param name="Participants">Sum of the participants those tables report.</param>
/// <param name="Concerns">Published concern stories (knelpunten).</param>
/// <param name="Opportunities">Published opportunity stories (kansen).</param>
/// <param name="Ideas">Published ideas.</param>
/// <param name="Support">Sum of the ideas' support counts.</param>
internal sealed record ReportFigures(
    int Dialogues, int Tables, int TablesWithParticipants, int Participants, int Concerns, int Opportunities, int Ideas, long Support);

/// <summary>A published report document of a dialogue.</summary>
internal sealed record ReportDocument(string Title, DateOnly? PublishedOn, string? Url, string? Summary, string? DialogueTitle);

/// <summary>One of the ideas with most support.</summary>
internal sealed record TopIdea(string Title, int SupportCount, string? DialogueTitle, string? DialogueSlug);

/// <summary>An example story.</summary>
internal sealed record ExampleStory(Domain.Stories.StoryKind Kind, string Title, string? Body, bool IsParaphrase, string? DialogueTitle);

/// <summary>The characteristic terms (stems, see <see cref="Data.Statistics.CharacteristicTerms"/>) of one theme's stories and ideas.</summary>
internal sealed record ThemeTerms(string Theme, IReadOnlyList<string> StoryTerms, IReadOnlyList<string> IdeaTerms);

/// <summary>
/// A horizontal stacked bar chart and its table: one row per theme, one segment per series.
/// </summary>
/// <param name="Title">Heading and accessible name.</param>
/// <param name="Description">What is counted, e.g. that an item counts once per theme.</param>
/// <param name="RowHeader">The header of the label column in the table, e.g. "Thema".</param>
/// <param name="Series">The segments, in stacking order.</param>
/// <param name="Rows">The bars, biggest first.</param>
internal sealed record ChartData(string Title, string Description, string RowHeader, IReadOnlyList<ChartSeries> Series, IReadOnlyList<ChartRow> Rows);

/// <summary>One segment kind of a chart: its Dutch label and its colour (with dark text it has a contrast of at least 4.5:1).</summary>
internal sealed record ChartSeries(string Label, string Color);

/// <summary>One bar: its label and a value per series.</summary>
internal sealed record ChartRow(string Label, IReadOnlyList<int> Values)
{
    /// <summary>The sum of the values.</summary>
    public int Total => Values.Sum();
}
