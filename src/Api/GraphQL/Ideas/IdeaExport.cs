using System.Linq.Expressions;
using Dialoogtafels.Api.Export;
using Dialoogtafels.Api.GraphQL.Contributions;
using Dialoogtafels.Domain.Ideas;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary><c>/export/ideas.csv</c> and <c>/export/ideas.jsonl</c>: one row per published idea.</summary>
public sealed class IdeaExport() : ContributionExport<Idea, IdeaExport.Row>("ideas", IdeaFeature.TypeName, i => i.DialogueId, i => i.TableId, i => i.Themes)
{
    /// <inheritdoc />
    protected override IEnumerable<ExportColumn<Row>> TextColumns =>
    [
        new("title", r => r.Title),
        new("description", r => r.Description),
    ];

    /// <inheritdoc />
    protected override IEnumerable<ExportColumn<Row>> FactColumns =>
    [
        new("proposedActors", r => r.ProposedActors.Select(a => ExportValues.Name(a)).ToList()),
        new("supportCount", r => r.SupportCount),
        new("costEstimate", r => r.CostEstimate),
        new("source", r => ExportValues.Name(r.Source)),
        new("externalReference", r => r.ExternalReference),
        new("budgetSelection", r => ExportValues.Name(r.BudgetSelection)),
    ];

    /// <inheritdoc />
    protected override Expression<Func<Idea, Row>> OwnColumns => i => new Row
    {
        Title = i.Title,
        Description = i.Description,
        ProposedActors = i.ProposedActors,
        SupportCount = i.SupportCount,
        CostEstimate = i.CostEstimate,
        Source = i.Source,
        ExternalReference = i.ExternalReference,
        BudgetSelection = i.BudgetSelection,
    };

    /// <summary>An idea as exported.</summary>
    public sealed class Row : ContributionRow
    {
        public required string Title { get; init; }
        public string? Description { get; init; }
        public required List<ProposedActor> ProposedActors { get; init; }
        public int SupportCount { get; init; }
        public decimal? CostEstimate { get; init; }
        public IdeaSource Source { get; init; }
        public string? ExternalReference { get; init; }
        public BudgetSelection? BudgetSelection { get; init; }
    }
}
