using Dialoogtafels.Api.Data;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>Theme suggestions learnt from tagged items put the right theme first for clearly worded items.</summary>
public class ThemeSuggestionTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private int cycling;
    private int green;

    public async Task InitializeAsync()
    {
        await using var db = api.Database.CreateContext();
        if (db.Dialogues.Any(d => d.Slug == "suggesties"))
        {
            cycling = db.Ideas.Single(i => i.Title == "Brede fietspaden en fietsenstallingen").Id;
            green = db.Ideas.Single(i => i.Title == "Bomen en groen in het park").Id;
            return;
        }

        var dialogue = new Dialogue { Title = "Suggesties", Slug = "suggesties", Status = PublicationStatus.Published };
        var mobility = new Theme { Name = "Mobiliteit test", Slug = "mobiliteit-test", Status = PublicationStatus.Published };
        var nature = new Theme { Name = "Groen test", Slug = "groen-test-suggesties", Status = PublicationStatus.Published };
        string[] bikes = ["Veilige fietspaden naar school", "Meer fietsenstallingen bij het station", "Fietsstraten in de wijk",
            "Fietsroutes langs het kanaal verbeteren", "Deelfietsen voor iedereen", "Verkeersveilige kruispunten voor fietsers"];
        string[] trees = ["Meer bomen in de straat", "Een groen park voor de buurt", "Geveltuinen en bloemen",
            "Bomen planten op het plein", "Groene daken op scholen", "Natuurspeeltuin met bomen en struiken"];
        foreach (var title in bikes) db.Add(new Idea { Dialogue = dialogue, Title = title, Status = PublicationStatus.Published, Themes = [mobility] });
        foreach (var title in trees) db.Add(new Idea { Dialogue = dialogue, Title = title, Status = PublicationStatus.Published, Themes = [nature] });
        var bikeIdea = new Idea { Dialogue = dialogue, Title = "Brede fietspaden en fietsenstallingen", Status = PublicationStatus.Published };
        var treeIdea = new Idea { Dialogue = dialogue, Title = "Bomen en groen in het park", Status = PublicationStatus.Published };
        db.AddRange(bikeIdea, treeIdea);
        await db.SaveChangesAsync();
        cycling = bikeIdea.Id;
        green = treeIdea.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Clearly_worded_items_get_the_right_theme_first()
    {
        var data = await api.DataAsync($$"""
            { bike: node(id: "{{GlobalId.Encode("Idea", cycling)}}") { ... on Idea { suggestedThemes(first: 2) { score theme { slug } } } }
              tree: node(id: "{{GlobalId.Encode("Idea", green)}}") { ... on Idea { suggestedThemes { score theme { slug } } } } }
            """);
        Assert.Equal("mobiliteit-test", data["bike"]!["suggestedThemes"]![0]!["theme"]!["slug"]!.GetValue<string>());
        Assert.Equal("groen-test-suggesties", data["tree"]!["suggestedThemes"]![0]!["theme"]!["slug"]!.GetValue<string>());
        var scores = data["bike"]!["suggestedThemes"]!.AsArray().Select(s => s!["score"]!.GetValue<double>()).ToArray();
        Assert.True(scores[0] > 0.5 && scores.All(s => s is >= 0 and <= 1));
    }

    [Fact]
    public async Task Themes_an_item_has_are_not_suggested_and_bad_arguments_are_errors()
    {
        var tagged = await api.DataAsync("{ ideas(first: 1, where: { title: { eq: \"Fietsstraten in de wijk\" } }) { nodes { suggestedThemes(first: 10) { theme { slug } } } } }");
        Assert.DoesNotContain("mobiliteit-test", tagged.ToJsonString());
        var bad = await api.ExecuteAsync("{ ideas(first: 1) { nodes { suggestedThemes(first: 0) { score } } } }");
        Assert.Equal("SUGGESTIONS_FIRST_OUT_OF_RANGE", bad["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
