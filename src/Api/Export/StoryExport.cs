using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.Data.Visibility;
using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Search;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.GraphQL.Stories;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Export;

/// <summary><c>/export/stories.csv</c> and <c>/export/stories.jsonl</c>: one row per published story.</summary>
internal sealed class StoryExport : ExportDefinition<Story, StoryExport.Row>
{
    /// <inheritdoc />
    public override string Name => "stories";

    /// <inheritdoc />
    public override SearchDefinition<Story> Search { get; } = new StorySearch();

    /// <inheritdoc />
    public override IReadOnlyList<ExportColumn<Row>> Columns { get; } =
    [
        new("id", r => GlobalId.Encode("Story", r.Id)),
        new("kind", r => ExportValues.Name(r.Kind)),
        new("title", r => r.Title),
        new("body", r => r.Body),
        new("dialogueSlug", r => r.DialogueSlug),
        new("dialogueTitle", r => r.DialogueTitle),
        new("track", r => ExportValues.Name(r.Track)),
        new("tableTitle", r => r.TableTitle),
        new("themes", r => r.Themes ?? []),
        new("isParaphrase", r => r.IsParaphrase),
        new("createdAt", r => r.CreatedAt),
        new("updatedAt", r => r.UpdatedAt),
    ];

    /// <inheritdoc />
    public override IQueryable<Row> Rows(DialoogtafelsDbContext db, Expression<Func<Story, bool>> filter)
    {
        var visibility = ContentVisibility.Public;
        var dialogues = db.Dialogues.Where(visibility.Filter<Dialogue>());
        var tables = db.Tables.Where(visibility.Filter<Table>());
        var visibleThemes = db.Themes.Where(visibility.Filter<Theme>());
        return db.Stories.Where(filter)
            .LeftJoin(dialogues, s => s.DialogueId, d => d.Id, (s, d) => new { Story = s, Dialogue = d })
            .LeftJoin(tables, x => x.Story.TableId, t => t.Id, (x, t) => new { x.Story, x.Dialogue, Table = t })
            .OrderBy(x => x.Story.Id)
            .Select(x => new Row
            {
                Id = x.Story.Id,
                Kind = x.Story.Kind,
                Title = x.Story.Title,
                Body = x.Story.Body,
                DialogueSlug = x.Dialogue!.Slug,
                DialogueTitle = x.Dialogue.Title,
                Track = (DialogueTrack?)x.Dialogue.Track,
                TableTitle = x.Table!.Title,
                // A correlated array_agg: one row per story, so PostgreSQL can stream in key order.
                Themes = db.StoryThemes.Where(l => l.StoryId == x.Story.Id)
                    .Join(visibleThemes, l => l.ThemeId, t => t.Id, (l, t) => new { l.StoryId, t.Name })
                    .GroupBy(t => t.StoryId)
                    .Select(g => EF.Functions.ArrayAgg(g.OrderBy(t => t.Name).Select(t => t.Name)))
                    .FirstOrDefault(),
                IsParaphrase = x.Story.IsParaphrase,
                CreatedAt = x.Story.CreatedAt,
                UpdatedAt = x.Story.UpdatedAt,
            });
    }

    /// <summary>A story as exported.</summary>
    internal sealed class Row
    {
        public int Id { get; init; }
        public StoryKind Kind { get; init; }
        public required string Title { get; init; }
        public string? Body { get; init; }
        public string? DialogueSlug { get; init; }
        public string? DialogueTitle { get; init; }
        public DialogueTrack? Track { get; init; }
        public string? TableTitle { get; init; }
        public string[]? Themes { get; init; }
        public bool IsParaphrase { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
    }
}
