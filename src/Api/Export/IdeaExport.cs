using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.Data.Visibility;
using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Search;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.GraphQL.Ideas;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Export;

/// <summary><c>/export/ideas.csv</c> and <c>/export/ideas.jsonl</c>: one row per published idea.</summary>
internal sealed class IdeaExport : ExportDefinition<Idea, IdeaExport.Row>
{
    /// <inheritdoc />
    public override string Name => "ideas";

    /// <inheritdoc />
    public override SearchDefinition<Idea> Search { get; } = new IdeaSearch();

    /// <inheritdoc />
    public override IReadOnlyList<ExportColumn<Row>> Columns { get; } =
    [
        new("id", r => GlobalId.Encode("Idea", r.Id)),
        new("title", r => r.Title),
        new("description", r => r.Description),
        new("dialogueSlug", r => r.DialogueSlug),
        new("dialogueTitle", r => r.DialogueTitle),
        new("track", r => ExportValues.Name(r.Track)),
        new("tableTitle", r => r.TableTitle),
        new("themes", r => r.Themes ?? []),
        new("proposedActors", r => r.ProposedActors.Select(a => ExportValues.Name(a)).ToList()),
        new("supportCount", r => r.SupportCount),
        new("costEstimate", r => r.CostEstimate),
        new("source", r => ExportValues.Name(r.Source)),
        new("externalReference", r => r.ExternalReference),
        new("budgetSelection", r => ExportValues.Name(r.BudgetSelection)),
        new("isParaphrase", r => r.IsParaphrase),
        new("createdAt", r => r.CreatedAt),
        new("updatedAt", r => r.UpdatedAt),
    ];

    /// <inheritdoc />
    public override IQueryable<Row> Rows(DialoogtafelsDbContext db, Expression<Func<Idea, bool>> filter)
    {
        var visibility = ContentVisibility.Public;
        var dialogues = db.Dialogues.Where(visibility.Filter<Dialogue>());
        var tables = db.Tables.Where(visibility.Filter<Table>());
        var visibleThemes = db.Themes.Where(visibility.Filter<Theme>());
        return db.Ideas.Where(filter)
            .LeftJoin(dialogues, i => i.DialogueId, d => d.Id, (i, d) => new { Idea = i, Dialogue = d })
            .LeftJoin(tables, x => x.Idea.TableId, t => t.Id, (x, t) => new { x.Idea, x.Dialogue, Table = t })
            .OrderBy(x => x.Idea.Id)
            .Select(x => new Row
            {
                Id = x.Idea.Id,
                Title = x.Idea.Title,
                Description = x.Idea.Description,
                DialogueSlug = x.Dialogue!.Slug,
                DialogueTitle = x.Dialogue.Title,
                Track = (DialogueTrack?)x.Dialogue.Track,
                TableTitle = x.Table!.Title,
                // A correlated array_agg: one row per idea, so PostgreSQL can stream in key order.
                Themes = db.IdeaThemes.Where(l => l.IdeaId == x.Idea.Id)
                    .Join(visibleThemes, l => l.ThemeId, t => t.Id, (l, t) => new { l.IdeaId, t.Name })
                    .GroupBy(t => t.IdeaId)
                    .Select(g => EF.Functions.ArrayAgg(g.OrderBy(t => t.Name).Select(t => t.Name)))
                    .FirstOrDefault(),
                ProposedActors = x.Idea.ProposedActors,
                SupportCount = x.Idea.SupportCount,
                CostEstimate = x.Idea.CostEstimate,
                Source = x.Idea.Source,
                ExternalReference = x.Idea.ExternalReference,
                BudgetSelection = x.Idea.BudgetSelection,
                IsParaphrase = x.Idea.IsParaphrase,
                CreatedAt = x.Idea.CreatedAt,
                UpdatedAt = x.Idea.UpdatedAt,
            });
    }

    /// <summary>An idea as exported.</summary>
    internal sealed class Row
    {
        public int Id { get; init; }
        public required string Title { get; init; }
        public string? Description { get; init; }
        public string? DialogueSlug { get; init; }
        public string? DialogueTitle { get; init; }
        public DialogueTrack? Track { get; init; }
        public string? TableTitle { get; init; }
        public string[]? Themes { get; init; }
        public required List<ProposedActor> ProposedActors { get; init; }
        public int SupportCount { get; init; }
        public decimal? CostEstimate { get; init; }
        public IdeaSource Source { get; init; }
        public string? ExternalReference { get; init; }
        public BudgetSelection? BudgetSelection { get; init; }
        public bool IsParaphrase { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
    }
}
