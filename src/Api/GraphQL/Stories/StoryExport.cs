using System.Linq.Expressions;
using Dialoogtafels.Api.Export;
using Dialoogtafels.Api.GraphQL.Contributions;
using Dialoogtafels.Domain.Stories;

namespace Dialoogtafels.Api.GraphQL.Stories;

/// <summary><c>/export/stories.csv</c> and <c>/export/stories.jsonl</c>: one row per published story.</summary>
public sealed class StoryExport() : ContributionExport<Story, StoryExport.Row>("stories", StoryFeature.TypeName, s => s.DialogueId, s => s.TableId, s => s.Themes)
{
    /// <inheritdoc />
    protected override IEnumerable<ExportColumn<Row>> TextColumns =>
    [
        new("kind", r => ExportValues.Name(r.Kind)),
        new("title", r => r.Title),
        new("body", r => r.Body),
    ];

    /// <inheritdoc />
    protected override IEnumerable<ExportColumn<Row>> FactColumns => [];

    /// <inheritdoc />
    protected override Expression<Func<Story, Row>> OwnColumns => s => new Row { Kind = s.Kind, Title = s.Title, Body = s.Body };

    /// <summary>A story as exported.</summary>
    public sealed class Row : ContributionRow
    {
        public StoryKind Kind { get; init; }
        public required string Title { get; init; }
        public string? Body { get; init; }
    }
}
