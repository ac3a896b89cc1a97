using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Persistence.Import.Pabulib;
using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence.Tests.Import;

/// <summary>Mapping and re-import rules, on hand-written files; every test uses its own round and labels.</summary>
public sealed class PabulibImportMappingTests(TestDatabase database) : IClassFixture<TestDatabase>, IDisposable
{
    private readonly PabulibImporter importer = new(new TestContextFactory(database));
    private readonly TempPbFiles files = new();

    public void Dispose() => files.Dispose();

    private static string[] Meta(string unit, string instance, params string[] extra) =>
        ["META", "key;value", "country;Netherlands", $"unit;{unit}", $"instance;{instance}", .. extra];

    [Fact]
    public async Task Maps_selected_description_neighborhood_several_categories_and_the_period()
    {
        var path = files.Write("Netherlands_Mapstad_1.pb", [
            .. Meta("Mapstad", "1", "description;Mapstad Begroot", "budget;12500.5", "district;Zuid", "date_begin;16.09.2023", "date_end;2023-10-04"),
            "PROJECTS",
            "project_id;cost;votes;name;category;selected;description;neighborhood",
            "a1;1500.505;12;  Bankjes  in het park ;\"Speelplekken, Buurtgroen\";1;\"Meer bankjes; en schaduw\";Zuidpark",
            "a2;0;;\"\";;2;;",
            "a3;300;4;Kunst;Buurtgroen;0;;",
        ]);

        var result = await importer.ImportFileAsync(path);

        Assert.Equal(new PabulibImportResult("Netherlands_Mapstad_1.pb", "pabulib-netherlands-mapstad-1", true, 3, 0, 0, 3, 0)
            with { ThemesCreated = result.ThemesCreated }, result);
        await using var db = database.CreateContext();
        var dialogue = await db.Dialogues.SingleAsync(d => d.Slug == "pabulib-netherlands-mapstad-1");
        Assert.Equal("Mapstad Begroot", dialogue.Title);
        Assert.Equal((new DateOnly(2023, 9, 16), new DateOnly(2023, 10, 4)), (dialogue.PeriodStart, dialogue.PeriodEnd));
        Assert.Contains("Budget: € 12.500,50.", dialogue.Description);
        Assert.Contains("Stadsdeel: Zuid.", dialogue.Description);

        var ideas = await db.Ideas.Include(i => i.Themes).Where(i => i.DialogueId == dialogue.Id)
            .OrderBy(i => i.ExternalReference).ToListAsync();
        var a1 = ideas[0];
        Assert.Equal("pabulib:Netherlands/Mapstad/1/a1", a1.ExternalReference);
        Assert.Equal("Bankjes in het park", a1.Title);
        Assert.Equal("Meer bankjes; en schaduw\n\nBuurt: Zuidpark", a1.Description);
        Assert.Equal(1500.51m, a1.CostEstimate);
        Assert.Equal(12, a1.SupportCount);
        Assert.Equal(BudgetSelection.Selected, a1.BudgetSelection);
        Assert.Equal(IdeaSource.Import, a1.Source);
        Assert.Equal(["buurtgroen", "speelplekken"], a1.Themes.Select(t => t.Slug).Order());

        var a2 = ideas[1];
        Assert.Equal("Project a2", a2.Title);
        Assert.Null(a2.Description);
        Assert.Equal(0, a2.SupportCount);
        Assert.Equal(0m, a2.CostEstimate);
        Assert.Equal(BudgetSelection.SelectedWithAdjustment, a2.BudgetSelection);
        Assert.Empty(a2.Themes);

        Assert.Equal(BudgetSelection.NotSelected, ideas[2].BudgetSelection);
        Assert.Equal(a1.Themes.Single(t => t.Slug == "buurtgroen").Id, ideas[2].Themes.Single().Id);
    }

    [Fact]
    public async Task A_reimport_updates_values_and_replaces_imported_theme_links_but_keeps_editorial_ones()
    {
        var v1 = files.Write("Netherlands_Herstad_2.pb", [
            .. Meta("Herstad", "2"),
            "PROJECTS",
            "project_id;cost;votes;name;category",
            "1;100;5;Fietsenrek;Verkeer",
            "2;200;6;Boom;Natuur",
            "3;300;7;Weg;Natuur",
        ]);
        var first = await importer.ImportFileAsync(v1);
        Assert.Equal("Participatiebegroting Herstad 2", (await Read(db => db.Dialogues.SingleAsync(d => d.Slug == first.DialogueSlug))).Title);

        // An editor links idea 1 to a synthesis theme and archives idea 2.
        await using (var db = database.CreateContext())
        {
            var synthesis = new Theme { Name = "Mobiliteit", Slug = "mobiliteit-herstad", Status = PublicationStatus.Published };
            var idea1 = await db.Ideas.AsTracking().Include(i => i.Themes).SingleAsync(i => i.ExternalReference == "pabulib:Netherlands/Herstad/2/1");
            idea1.Themes.Add(synthesis);
            var idea2 = await db.Ideas.AsTracking().SingleAsync(i => i.ExternalReference == "pabulib:Netherlands/Herstad/2/2");
            idea2.Status = PublicationStatus.Archived;
            await db.SaveChangesAsync();
        }

        var v2 = files.Write("Netherlands_Herstad_2.pb", [
            .. Meta("Herstad", "2", "description;Herstad Begroot"),
            "PROJECTS",
            "project_id;cost;votes;name;category",
            "1;150;9;Fietsenrekken;Fietsen",
            "2;200;6;Boom;Natuur",
        ]);
        var second = await importer.ImportFileAsync(v2);

        Assert.Equal(new PabulibImportResult("Netherlands_Herstad_2.pb", first.DialogueSlug, false, 0, 1, 1, 1, 1), second);
        var ideas = await Read(db => db.Ideas.Include(i => i.Themes).Where(i => i.Dialogue!.Slug == first.DialogueSlug)
            .OrderBy(i => i.ExternalReference).ToListAsync());
        Assert.Equal(3, ideas.Count);
        Assert.Equal(("Fietsenrekken", 9, 150m), (ideas[0].Title, ideas[0].SupportCount, ideas[0].CostEstimate!.Value));
        Assert.Equal(["fietsen", "mobiliteit-herstad"], ideas[0].Themes.Select(t => t.Slug).Order());
        Assert.Equal(PublicationStatus.Archived, ideas[1].Status);
        Assert.Equal("Weg", ideas[2].Title); // no longer in the file: left alone
        Assert.Equal("Herstad Begroot", (await Read(db => db.Dialogues.SingleAsync(d => d.Slug == first.DialogueSlug))).Title);
    }

    [Fact]
    public async Task A_category_whose_slug_belongs_to_another_theme_gets_a_suffixed_imported_theme()
    {
        await using (var db = database.CreateContext())
        {
            db.Themes.Add(new Theme { Name = "Speeltuinen", Slug = "speeltuinen", Status = PublicationStatus.Published });
            await db.SaveChangesAsync();
        }

        string[] content = [.. Meta("Botsstad", "3"), "PROJECTS", "project_id;cost;name;category", "1;10;Schommel;Speeltuinen"];
        var first = await importer.ImportFileAsync(files.Write("Netherlands_Botsstad_3.pb", content));
        var again = await importer.ImportFileAsync(files.Write("Netherlands_Botsstad_3.pb", content));

        Assert.Equal(0, again.ThemesCreated);
        Assert.Equal(0, again.IdeasUpdated);
        var idea = await Read(db => db.Ideas.Include(i => i.Themes).ThenInclude(t => t.Parent)
            .SingleAsync(i => i.ExternalReference == "pabulib:Netherlands/Botsstad/3/1"));
        var theme = Assert.Single(idea.Themes);
        Assert.Equal(("speeltuinen-2", "Speeltuinen", "geimporteerd"), (theme.Slug, theme.Name, theme.Parent!.Slug));
        Assert.True(first.ThemesCreated >= 1);
    }

    [Fact]
    public async Task Caps_long_titles_and_references()
    {
        var longId = new string('9', 250);
        var path = files.Write("Netherlands_Langstad_4.pb", [
            .. Meta("Langstad", "4"),
            "PROJECTS",
            "project_id;cost;name",
            $"{longId};10;{new string('x', 400)}",
        ]);

        await importer.ImportFileAsync(path);

        var idea = await Read(db => db.Ideas.SingleAsync(i => i.Dialogue!.Slug == "pabulib-netherlands-langstad-4"));
        Assert.Equal(Idea.TitleMaxLength, idea.Title.Length);
        Assert.Equal(Idea.ExternalReferenceMaxLength, idea.ExternalReference!.Length);
        Assert.StartsWith("pabulib:Netherlands/Langstad/4/999", idea.ExternalReference);
    }

    [Fact]
    public async Task Keeps_costs_in_another_currency_out_of_the_euro_estimate()
    {
        var path = files.Write("Poland_Zloty_5.pb", [
            "META", "key;value", "country;Poland", "unit;Zloty", "instance;5", "subunit;Bemowo", "currency;PLN", "budget;1000000",
            "PROJECTS",
            "project_id;cost;name",
            "1;1234.5;Park",
        ]);

        var result = await importer.ImportFileAsync(path);

        Assert.Equal("pabulib-poland-zloty-5-bemowo", result.DialogueSlug);
        var idea = await Read(db => db.Ideas.Include(i => i.Dialogue).SingleAsync(i => i.ExternalReference == "pabulib:Poland/Zloty/5/Bemowo/1"));
        Assert.Null(idea.CostEstimate);
        Assert.Equal("Kosten: 1.234,50 PLN", idea.Description);
        Assert.Contains("Budget: 1.000.000 PLN.", idea.Dialogue!.Description);
    }

    private async Task<T> Read<T>(Func<DialoogtafelsDbContext, Task<T>> query)
    {
        await using var db = database.CreateContext();
        return await query(db);
    }
}
