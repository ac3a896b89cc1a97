using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Testing;

namespace Dialoogtafels.Api.Tests.Support;

/// <summary>Adds a dialogue with tables, themes, stories and ideas (some drafts) to a test database.</summary>
public static class TestData
{
    /// <summary>
    /// Creates dialogue <paramref name="slug"/> with 3 published tables, 2 themes, <paramref name="ideas"/>
    /// published ideas (2 themes each, spread over the tables, support <c>i * 7 % 5</c>, cost null for every third), 3 published stories per table, and one
    /// draft of each kind (title "Concept …"). Returns the dialogue; does nothing when it exists (xunit
    /// runs <c>InitializeAsync</c> of a test class before each test).
    /// </summary>
    public static async Task<Dialogue> AddDialogueAsync(TestDatabase database, string slug, int ideas)
    {
        await using var db = database.CreateContext();
        if (db.Dialogues.FirstOrDefault(d => d.Slug == slug) is { } existing) return existing;
        var themes = new[] { Theme($"{slug}-zorg", "Zorg dichtbij"), Theme($"{slug}-groen", "Groen in de wijk") };
        var dialogue = new Dialogue { Title = "Testdialoog " + slug, Slug = slug, Track = DialogueTrack.Citizens, Status = PublicationStatus.Published };
        var tables = Enumerable.Range(1, 3).Select(i => new Table { Dialogue = dialogue, Title = $"Tafel {i}", Status = PublicationStatus.Published, Themes = [themes[0]] }).ToList();
        db.AddRange(tables);
        for (var i = 0; i < ideas; i++)
        {
            db.Add(new Idea
            {
                Dialogue = dialogue, Table = tables[i % 3], Title = $"Idee {i:D3}", Themes = [.. themes],
                Status = PublicationStatus.Published, ProposedActors = [ProposedActor.Government],
                SupportCount = i * 7 % 5, CostEstimate = i % 3 == 0 ? null : i * 100m,
            });
        }

        foreach (var table in tables)
        {
            for (var i = 0; i < 3; i++)
                db.Add(new Story { Dialogue = dialogue, Table = table, Title = $"Verhaal {table.Title} {i}", Kind = StoryKind.Concern, Themes = [themes[1]], Status = PublicationStatus.Published });
        }

        db.Add(new Idea { Dialogue = dialogue, Table = tables[0], Title = "Concept idee", Themes = [.. themes] });
        db.Add(new Story { Dialogue = dialogue, Table = tables[0], Title = "Concept verhaal", Themes = [.. themes] });
        db.Add(new Table { Dialogue = dialogue, Title = "Concept tafel" });
        await db.SaveChangesAsync();
        return dialogue;

        Theme Theme(string themeSlug, string name) => new() { Name = name, Slug = themeSlug, Status = PublicationStatus.Published };
    }
}
