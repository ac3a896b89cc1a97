using Dialoogtafels.Api.Data;
using Microsoft.EntityFrameworkCore;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>Anonymous requests see published content only: not in lists, counts, nested lists or node(id).</summary>
public class VisibilityTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => TestData.AddDialogueAsync(api.Database, "zichtbaar", ideas: 4);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Drafts_appear_nowhere()
    {
        var json = (await api.DataAsync("""
            { ideas(first: 50) { totalCount nodes { title } }
              stories(first: 50) { totalCount nodes { title } }
              tables(first: 50) { nodes { title ideas { totalCount nodes { title } } stories { nodes { title } } } }
              themes(first: 50) { nodes { ideas(first: 50) { totalCount nodes { title } } stories(first: 50) { nodes { title } } } }
              dialogue(slug: "zichtbaar") { tables { totalCount nodes { title } } ideas(first: 50) { totalCount nodes { title } } } }
            """)).ToJsonString();
        Assert.DoesNotContain("Concept", json);
        var data = await api.DataAsync("{ dialogue(slug: \"zichtbaar\") { tables { totalCount } ideas { totalCount } stories { totalCount } } }");
        Assert.Equal(3, data["dialogue"]!["tables"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(4, data["dialogue"]!["ideas"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(9, data["dialogue"]!["stories"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Node_of_a_draft_is_null_like_a_missing_one()
    {
        await using var db = api.Database.CreateContext();
        var draft = db.Ideas.Single(i => i.Title == "Concept idee");
        var published = db.Ideas.First(i => i.Title.StartsWith("Idee"));
        var draftId = Dialoogtafels.Api.Data.GlobalId.Encode("Idea", draft.Id);
        var publishedId = Dialoogtafels.Api.Data.GlobalId.Encode("Idea", published.Id);
        var data = await api.DataAsync($$"""
            { draft: node(id: "{{draftId}}") { id } missing: node(id: "SWRlYTo5OTk5OTk5") { id } nodes(ids: ["{{publishedId}}", "{{draftId}}", "bogus"]) { id ... on Idea { title } } }
            """);
        Assert.Null(data["draft"]);
        Assert.Null(data["missing"]);
        var nodes = data["nodes"]!.AsArray();
        Assert.Equal(publishedId, nodes[0]!["id"]!.GetValue<string>());
        Assert.Null(nodes[1]);
        Assert.Null(nodes[2]);
    }

    [Fact]
    public async Task A_nested_list_read_by_an_editor_stays_filtered_for_anonymous_callers()
    {
        // Unpaged nested lists run as compiled queries cached per visibility scope and projection:
        // an editor's statement (drafts included) must not be reused for an anonymous caller.
        string id;
        await using (var db = api.Database.CreateContext())
        {
            var idea = db.Ideas.AsTracking().Include(i => i.Themes).First(i => i.Title.StartsWith("Idee") && i.Dialogue!.Slug == "zichtbaar");
            idea.Themes.Add(new Dialoogtafels.Domain.Themes.Theme { Name = "Concept zichtbaarheid", Slug = "concept-zichtbaarheid" });
            await db.SaveChangesAsync();
            id = Dialoogtafels.Api.Data.GlobalId.Encode("Idea", idea.Id);
        }

        string[] queries =
        [
            $$"""{ node(id: "{{id}}") { ... on Idea { themes { name } } } }""",
            """{ dialogue(slug: "zichtbaar") { ideas(first: 50) { nodes { themes { name } } } } }""",
        ];
        foreach (var query in queries)
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.Contains("Concept zichtbaarheid", (await api.PostAsync(query, role: Dialoogtafels.Api.Security.Role.Editor)).ToJsonString());
                Assert.DoesNotContain("Concept zichtbaarheid", (await api.PostAsync(query)).ToJsonString());
            }
        }
    }

    /// <summary>
    /// Regression: ordering through a reference read the referenced row whether or not the caller may
    /// see it, so an anonymous cursor carried a draft table's and a draft dialogue's title, and the
    /// order placed the idea by them. Hidden references now sort like missing ones.
    /// </summary>
    [Fact]
    public async Task Ordering_through_a_draft_reference_reveals_nothing_of_it()
    {
        await using (var db = api.Database.CreateContext())
        {
            if (!db.Dialogues.Any(d => d.Slug == "geheim-zichtbaar"))
            {
                var hidden = new Domain.Dialogues.Dialogue { Title = "aaa geheime dialoog", Slug = "geheim-zichtbaar" };
                var open = db.Dialogues.AsTracking().Single(d => d.Slug == "zichtbaar");
                var draftTable = new Domain.Tables.Table { Dialogue = open, Title = "aaa geheime tafel" };
                db.AddRange(
                    new Domain.Ideas.Idea { Dialogue = open, Table = draftTable, Title = "Idee aan een concepttafel", Status = Domain.Common.PublicationStatus.Published },
                    new Domain.Ideas.Idea { Dialogue = hidden, Title = "Idee in een conceptdialoog", Status = Domain.Common.PublicationStatus.Published });
                await db.SaveChangesAsync();
            }
        }

        var edges = (await api.DataAsync("""
            { ideas(first: 50, order: [{ dialogue: { title: ASC } }, { table: { title: ASC } }, { title: ASC }]) { edges { cursor node { title } } } }
            """))["ideas"]!["edges"]!.AsArray();
        var cursors = edges.Select(e => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(e!["cursor"]!.GetValue<string>()))).ToList();
        Assert.DoesNotContain(cursors, c => c.Contains("geheim", StringComparison.Ordinal));
        // No visible dialogue sorts like an empty title: first.
        Assert.Equal("Idee in een conceptdialoog", edges[0]!["node"]!["title"]!.GetValue<string>());

        // No visible table sorts like no table: before the tables "Tafel 1" … "Tafel 3".
        var titles = (await api.DataAsync("""
            { ideas(first: 50, where: { dialogue: { slug: { eq: "zichtbaar" } } }, order: [{ table: { title: ASC } }, { title: ASC }]) { nodes { title } } }
            """))["ideas"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(["Idee aan een concepttafel", "Idee 000", "Idee 003", "Idee 001", "Idee 002"], titles);
    }
}
