using System.Diagnostics;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Persistence.Import.Pabulib;
using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Dialoogtafels.Persistence.Tests.Import;

/// <summary>
/// Imports the 35 real files of ../shared/data/pabulib-nl. Every test starts by importing all of them;
/// the import is idempotent, so the database holds exactly one copy whatever the test order.
/// </summary>
public class PabulibSampleImportTests(TestDatabase database, ITestOutputHelper output) : IClassFixture<TestDatabase>
{
    private readonly PabulibImporter importer = new(new TestContextFactory(database));

    private async Task<List<PabulibImportResult>> ImportAllAsync()
    {
        var results = new List<PabulibImportResult>();
        foreach (var path in SharedData.PabulibFiles()) results.Add(await importer.ImportFileAsync(path));
        return results;
    }

    [Fact]
    public async Task Imports_all_files_and_a_second_import_creates_nothing()
    {
        var watch = Stopwatch.StartNew();
        var first = await ImportAllAsync();
        output.WriteLine($"first import of {first.Count} files: {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        var second = await ImportAllAsync();
        output.WriteLine($"second import: {watch.ElapsedMilliseconds} ms");

        Assert.Equal(SharedData.PabulibFileCount, first.Count);
        Assert.Equal(SharedData.PabulibFileCount, first.Select(r => r.DialogueSlug).Distinct().Count());
        Assert.All(second, r =>
        {
            Assert.False(r.DialogueCreated);
            Assert.Equal(0, r.IdeasCreated);
            Assert.Equal(0, r.IdeasUpdated);
            Assert.Equal(0, r.ThemesCreated);
            Assert.Equal(0, r.IdeasNotInFile);
        });
        Assert.Equal(SharedData.PabulibIdeaCount, second.Sum(r => r.IdeasUnchanged));

        await using var db = database.CreateContext();
        Assert.Equal(SharedData.PabulibIdeaCount, await db.Ideas.CountAsync());
        Assert.Equal(SharedData.PabulibIdeaCount, await db.Ideas.CountAsync(i =>
            i.Source == IdeaSource.Import && i.Status == PublicationStatus.Published && i.ExternalReference!.StartsWith("pabulib:Netherlands/Amsterdam/")));
        Assert.Equal(SharedData.PabulibFileCount, await db.Dialogues.CountAsync(d =>
            d.Track == DialogueTrack.CommunityBudget && d.Status == PublicationStatus.Published && d.Phase == DialoguePhase.Exploration));
        Assert.Equal(55, await db.Themes.CountAsync()); // "Geïmporteerd" and the 54 distinct category slugs
    }

    [Fact]
    public async Task Maps_a_round_to_a_dialogue()
    {
        await ImportAllAsync();

        await using var db = database.CreateContext();
        var dialogue = await db.Dialogues.SingleAsync(d => d.Slug == "pabulib-netherlands-amsterdam-166");
        Assert.Equal("Buurtbudget Kleine Wereld", dialogue.Title);
        Assert.Equal("Amsterdam", dialogue.Organiser);
        Assert.Equal(new DateOnly(2019, 1, 1), dialogue.PeriodStart);
        Assert.Equal(new DateOnly(2019, 12, 31), dialogue.PeriodEnd);
        Assert.Contains("Pabulib", dialogue.Description);
        Assert.Contains("Budget: € 250.000.", dialogue.Description);
        Assert.Contains("Stadsdeel: Noord.", dialogue.Description);
        Assert.Equal(52, await db.Ideas.CountAsync(i => i.DialogueId == dialogue.Id));
    }

    [Fact]
    public async Task Maps_projects_to_ideas_with_support_cost_and_theme()
    {
        await ImportAllAsync();

        await using var db = database.CreateContext();
        var idea = await db.Ideas.Include(i => i.Themes).Include(i => i.Dialogue)
            .SingleAsync(i => i.ExternalReference == "pabulib:Netherlands/Amsterdam/166/12437");
        Assert.Equal("Schonere wereld", idea.Title);
        Assert.Equal(242, idea.SupportCount);
        Assert.Equal(1000m, idea.CostEstimate);
        Assert.Null(idea.BudgetSelection); // the sample files have no selected column
        Assert.Null(idea.Description);
        Assert.Empty(idea.ProposedActors);
        Assert.Equal("pabulib-netherlands-amsterdam-166", idea.Dialogue!.Slug);
        Assert.Equal(["Rattenpreventie"], idea.Themes.Select(t => t.Name));

        var quoted = await db.Ideas.SingleAsync(i => i.ExternalReference == "pabulib:Netherlands/Amsterdam/621/43199");
        Assert.Equal("\"Generator\" pilotfilm over 3 generaties woningnood", quoted.Title);
        Assert.Equal(7500m, quoted.CostEstimate);
        Assert.Equal(1277, quoted.SupportCount);

        var withNeighborhood = await db.Ideas.Where(i => i.ExternalReference!.StartsWith("pabulib:Netherlands/Amsterdam/252/")).ToListAsync();
        Assert.Equal(85, withNeighborhood.Count);
        Assert.All(withNeighborhood, i => Assert.StartsWith("Buurt: ", i.Description));
    }

    [Fact]
    public async Task Creates_themes_under_geimporteerd_and_reuses_them_across_files()
    {
        await ImportAllAsync();

        await using var db = database.CreateContext();
        var root = await db.Themes.SingleAsync(t => t.Slug == "geimporteerd");
        Assert.Equal("Geïmporteerd", root.Name);
        Assert.Equal(PublicationStatus.Published, root.Status);
        Assert.Null(root.ParentId);
        Assert.Equal(54, await db.Themes.CountAsync(t => t.ParentId == root.Id && t.Status == PublicationStatus.Published));

        var groen = await db.Themes.SingleAsync(t => t.Slug == "groen");
        Assert.Equal(root.Id, groen.ParentId);
        var rounds = await db.Ideas.Where(i => i.Themes.Any(t => t.Id == groen.Id)).Select(i => i.DialogueId).Distinct().CountAsync();
        Assert.Equal(7, rounds);

        // "Groen en Duurzaamheid" and "Groen en duurzaamheid" (Centrum 2020 and 2022) share one theme.
        Assert.Single(await db.Themes.Where(t => t.Slug.StartsWith("groen-en-duurzaamheid")).ToListAsync());
        Assert.Equal(SharedData.PabulibIdeaCount - 239, await db.Ideas.CountAsync(i => i.Themes.Count == 1));
    }
}
