using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.Data.Visibility;
using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Statistics;
using Dialoogtafels.Api.Export;
using Dialoogtafels.Api.GraphQL.Ideas;
using Dialoogtafels.Api.GraphQL.Statistics;
using Dialoogtafels.Api.GraphQL.Stories;
using Dialoogtafels.Api.GraphQL.Themes;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Reports;

/// <summary>
/// Reads a <see cref="ReportModel"/> from PostgreSQL: what the public sees
/// (<see cref="ContentVisibility.Public"/>, so the programme report counts every published item, as
/// <c>totalCount</c>, the statistics and the exports do, also one of a dialogue that is not public, and
/// names only visible dialogues and themes), counted with <c>GROUP BY</c> in the database. The number of SQL
/// statements does not depend on the data: at most <see cref="MaxStatements"/>, run one after the other
/// on one context. Charts group by the statistics engine's dimensions (<see cref="CrossTable"/>): the
/// programme report by top theme, a dialogue report by the themes items are tagged with.
/// </summary>
internal static class ReportReader
{
    /// <summary>How many ideas "most support" lists.</summary>
    public const int TopIdeaCount = 10;

    /// <summary>How many example stories of each kind the report shows.</summary>
    public const int ExamplesPerKind = 3;

    /// <summary>For how many of the biggest themes the report lists characteristic terms.</summary>
    public const int TermThemeCount = 5;

    /// <summary>Characteristic terms per theme and item type.</summary>
    public const int TermsPerTheme = 8;

    /// <summary>A term must occur in at least this many of the theme's items.</summary>
    public const int TermMinCount = 2;

    /// <summary>Upper bound of the SQL statements of one report: 9, plus 2 per theme with terms.</summary>
    public const int MaxStatements = 9 + 2 * TermThemeCount;

    /// <summary>The report of the published dialogue <paramref name="slug"/>, or of the programme when it is null; null when there is no such dialogue.</summary>
    public static async Task<ReportModel?> ReadAsync(DialoogtafelsDbContext db, string? slug, CancellationToken cancellationToken)
    {
        var visibility = ContentVisibility.Public;
        var dialogues = db.Dialogues.Where(visibility.Filter<Dialogue>());
        var summary = Summary(db.Themes.Where(visibility.Filter<Theme>()));
        DialogueSummary? dialogue = null;
        List<DialogueSummary> all = [];
        if (slug is null)
        {
            all = (await dialogues.Select(summary).ToListAsync(cancellationToken)).OrderBy(d => d.Track).ThenBy(d => d.Title, StringComparer.Create(ReportLabels.Dutch, false)).ToList();
        }
        else
        {
            dialogues = dialogues.Where(d => d.Slug == slug);
            dialogue = await dialogues.Select(summary).FirstOrDefaultAsync(cancellationToken);
            if (dialogue is null) return null;
        }

        // What the report counts is what the public sees (ContentVisibility): the programme report every
        // published item, also of a dialogue that is not public (as totalCount, the statistics and the
        // exports count it), a dialogue's report the published items of that dialogue.
        var storyScope = OfDialogue(visibility.Filter<Story>(), dialogues, slug, s => s.DialogueId);
        var ideaScope = OfDialogue(visibility.Filter<Idea>(), dialogues, slug, i => i.DialogueId);
        var stories = db.Stories.Where(storyScope);
        var ideas = db.Ideas.Where(ideaScope);
        var tables = db.Tables.Where(OfDialogue(visibility.Filter<Table>(), dialogues, slug, t => t.DialogueId));
        var visibleDialogues = db.Dialogues.Where(visibility.Filter<Dialogue>());

        var figures = await FiguresAsync(tables, stories, ideas, slug is null ? all.Count : 1, cancellationToken);
        var documents = await db.Reports.Where(OfDialogue(visibility.Filter<Report>(), dialogues, slug, r => r.DialogueId))
            .OrderBy(r => r.PublishedOn == null).ThenByDescending(r => r.PublishedOn).ThenBy(r => r.Title)
            .Select(r => new ReportDocument(r.Title, r.PublishedOn, r.Url, r.Summary,
                visibleDialogues.Where(d => d.Id == r.DialogueId).Select(d => d.Title).FirstOrDefault()))
            .ToListAsync(cancellationToken);

        var byTheme = slug is null ? StatisticsDimension.TopTheme : StatisticsDimension.TaggedTheme;
        var storyDimensions = StoryDimensions.For(visibility);
        var ideaDimensions = IdeaDimensions.For(visibility);
        var kindCells = await CrossTable.CountAsync(db, stories,
            [storyDimensions[byTheme].Dimension, storyDimensions[StatisticsDimension.Kind].Dimension], cancellationToken);
        var actorCells = await CrossTable.CountAsync(db, ideas,
            [ideaDimensions[byTheme].Dimension, ideaDimensions[StatisticsDimension.Actor].Dimension], cancellationToken);

        var topIdeas = await ideas.Where(i => i.SupportCount > 0)
            .LeftJoin(visibleDialogues, i => i.DialogueId, d => d.Id, (i, d) => new { i.Id, i.Title, i.SupportCount, DialogueTitle = d!.Title, DialogueSlug = d.Slug })
            .OrderByDescending(x => x.SupportCount).ThenBy(x => x.Id).Take(TopIdeaCount)
            .Select(x => new TopIdea(x.Title, x.SupportCount, x.DialogueTitle, x.DialogueSlug))
            .ToListAsync(cancellationToken);
        var examples = await Examples(stories, visibleDialogues, StoryKind.Concern).Concat(Examples(stories, visibleDialogues, StoryKind.Opportunity))
            .ToListAsync(cancellationToken);

        return new ReportModel
        {
            Dialogue = dialogue,
            Dialogues = all,
            Figures = figures,
            Documents = documents,
            ThemesByKind = ReportCharts.ThemesByKind(kindCells, byTheme),
            ThemesByActor = ReportCharts.ThemesByActor(actorCells, byTheme),
            Terms = await TermsAsync(db, storyScope, ideaScope, kindCells.Concat(actorCells), cancellationToken),
            TopIdeas = topIdeas,
            ExampleStories = examples.Select(e => new ExampleStory(e.Kind, e.Title, e.Body, e.IsParaphrase, e.DialogueTitle)).ToList(),
        };
    }

    /// <summary>The key figures: three <c>GROUP BY</c> statements (tables, stories by kind, ideas).</summary>
    private static async Task<ReportFigures> FiguresAsync(
        IQueryable<Table> tables, IQueryable<Story> stories, IQueryable<Idea> ideas, int dialogues, CancellationToken cancellationToken)
    {
        var tableFigures = await tables.GroupBy(t => 1)
            .Select(g => new { Count = g.Count(), Known = g.Count(t => t.ParticipantCount != null), Participants = g.Sum(t => t.ParticipantCount) ?? 0 })
            .FirstOrDefaultAsync(cancellationToken);
        var kinds = await stories.GroupBy(s => s.Kind).Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToDictionaryAsync(k => k.Kind, k => k.Count, cancellationToken);
        var ideaFigures = await ideas.GroupBy(i => 1)
            .Select(g => new { Count = g.Count(), Support = g.Sum(i => (long)i.SupportCount) })
            .FirstOrDefaultAsync(cancellationToken);
        return new ReportFigures(
            dialogues, tableFigures?.Count ?? 0, tableFigures?.Known ?? 0, tableFigures?.Participants ?? 0,
            kinds.GetValueOrDefault(StoryKind.Concern), kinds.GetValueOrDefault(StoryKind.Opportunity),
            ideaFigures?.Count ?? 0, ideaFigures?.Support ?? 0);
    }

    /// <summary>
    /// <paramref name="visible"/>, and for a dialogue's report (<paramref name="slug"/> set) belonging to
    /// that dialogue (<paramref name="dialogues"/>, the one visible dialogue of the slug).
    /// </summary>
    private static Expression<Func<T, bool>> OfDialogue<T>(
        Expression<Func<T, bool>> visible, IQueryable<Dialogue> dialogues, string? slug, Expression<Func<T, int>> dialogueId)
    {
        if (slug is null) return visible;
        Expression<Func<int, bool>> ofDialogue = id => dialogues.Any(d => d.Id == id);
        return visible.And(dialogueId.Into(ofDialogue));
    }

    // The dialogue's theme only when the public may see it (ContentVisibility).
    private static Expression<Func<Dialogue, DialogueSummary>> Summary(IQueryable<Theme> visibleThemes) => d => new DialogueSummary(
        d.Title, d.Slug, d.Description, d.Track, d.Phase, d.PeriodStart, d.PeriodEnd, d.Organiser,
        visibleThemes.Where(t => t.Id == d.ThemeId).Select(t => t.Name).FirstOrDefault());

    private static IQueryable<ExampleRow> Examples(IQueryable<Story> stories, IQueryable<Dialogue> visibleDialogues, StoryKind kind) =>
        stories.Where(s => s.Kind == kind).OrderBy(s => s.Id).Take(ExamplesPerKind)
            .Select(s => new ExampleRow
            {
                Kind = s.Kind, Title = s.Title, Body = s.Body, IsParaphrase = s.IsParaphrase,
                DialogueTitle = visibleDialogues.Where(d => d.Id == s.DialogueId).Select(d => d.Title).FirstOrDefault(),
            });

    /// <summary>
    /// The characteristic terms (<see cref="CharacteristicTerms"/>: Dunning's G² against the rest of the
    /// report's items; only terms relatively more frequent in the theme) of the stories and ideas of the <see cref="TermThemeCount"/> themes with most items,
    /// a theme's items being those tagged with it or with a theme below it. Two statements per theme.
    /// </summary>
    private static async Task<List<ThemeTerms>> TermsAsync(
        DialoogtafelsDbContext db, Expression<Func<Story, bool>> storyScope, Expression<Func<Idea, bool>> ideaScope,
        IEnumerable<CrossTableCell> cells, CancellationToken cancellationToken)
    {
        var themes = cells.Where(c => c.FirstId is not null)
            .GroupBy(c => (Id: c.FirstId!.Value, Name: c.FirstText!))
            .OrderByDescending(g => g.Sum(c => c.Count)).ThenBy(g => g.Key.Name, StringComparer.Create(ReportLabels.Dutch, false))
            .Take(TermThemeCount).Select(g => g.Key).ToList();
        var links = ContentVisibility.Public.Links(ThemeClosure.Of(db), db.Themes);
        var result = new List<ThemeTerms>();
        foreach (var (id, name) in themes)
        {
            var storyTerms = await CharacteristicTerms.RankAsync(db, storyScope,
                s => s.Themes.Any(t => links.Any(l => l.ItemId == t.Id && l.AncestorId == id)), TermsPerTheme, TermMinCount, cancellationToken);
            var ideaTerms = await CharacteristicTerms.RankAsync(db, ideaScope,
                i => i.Themes.Any(t => links.Any(l => l.ItemId == t.Id && l.AncestorId == id)), TermsPerTheme, TermMinCount, cancellationToken);
            result.Add(new ThemeTerms(name, Distinctive(storyTerms), Distinctive(ideaTerms)));
        }

        return result;
    }

    /// <summary>Terms more frequent in the theme than in the rest (G² &gt; 0); when the theme holds every item, none is.</summary>
    private static List<string> Distinctive(List<CharacteristicTerm> terms) => terms.Where(t => t.Score > 0).Select(t => t.Term).ToList();

    /// <summary>Row shape of the example stories (a set operation needs a member-initialised shape).</summary>
    private sealed class ExampleRow
    {
        public StoryKind Kind { get; init; }
        public required string Title { get; init; }
        public string? Body { get; init; }
        public bool IsParaphrase { get; init; }
        public string? DialogueTitle { get; init; }
    }
}
