using System.Text.Json.Nodes;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Dialoogtafels.Api.Tests.Queries.Equivalence;

/// <summary>
/// Optional references joined into the statement that reads their source (table on ideas/stories,
/// parent on themes, theme on dialogues) against an in-memory oracle built from the rows: visibility
/// per caller, aliases, fragments, nested pages, node/nodes, three-deep parent chains.
/// </summary>
public class ReferenceJoinEquivalenceTests(Export.OpenDataApiFactory api, ITestOutputHelper output)
    : IClassFixture<Export.OpenDataApiFactory>, IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task InitializeAsync()
    {
        await EquivalenceData.AddAsync(api.Database);
        await AddHierarchyAsync(api.Database);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// trl-h1 ← trl-h2 (draft) ← trl-h3 ← trl-h4 ← trl-h5, trl-hd (deleted) ← trl-h6 ← trl-h7, trl-ha (archived) ← trl-h8;
    /// a dialogue trl-f on theme trl-h5 with an idea and a story; a dialogue trl-g on trl-h7.
    /// </summary>
    private static async Task AddHierarchyAsync(TestDatabase database)
    {
        await Gate.WaitAsync();
        try
        {
            await using var db = database.CreateContext();
            if (await db.Themes.IgnoreQueryFilters().AnyAsync(t => t.Slug == "trl-h1")) return;
            Theme Th(string slug, PublicationStatus status, Theme? parent, bool deleted = false) => new()
            {
                Slug = slug, Name = "Trl " + slug, Status = status, Parent = parent, DeletedAt = deleted ? DateTimeOffset.UtcNow : null,
            };
            var h1 = Th("trl-h1", PublicationStatus.Published, null);
            var h2 = Th("trl-h2", PublicationStatus.Draft, h1);
            var h3 = Th("trl-h3", PublicationStatus.Published, h2);
            var h4 = Th("trl-h4", PublicationStatus.Published, h3);
            var h5 = Th("trl-h5", PublicationStatus.Published, h4);
            var hd = Th("trl-hd", PublicationStatus.Published, null, deleted: true);
            var h6 = Th("trl-h6", PublicationStatus.Published, hd);
            var h7 = Th("trl-h7", PublicationStatus.Published, h6);
            var ha = Th("trl-ha", PublicationStatus.Archived, h1);
            var h8 = Th("trl-h8", PublicationStatus.Published, ha);
            db.Themes.AddRange(h1, h2, h3, h4, h5, hd, h6, h7, ha, h8);
            var f = new Dialogue { Slug = "trl-f", Title = "Trl Foxtrot", Track = DialogueTrack.Citizens, Status = PublicationStatus.Published, Theme = h5 };
            var g = new Dialogue { Slug = "trl-g", Title = "Trl Golf", Track = DialogueTrack.Citizens, Status = PublicationStatus.Published, Theme = h7 };
            var tf = new Domain.Tables.Table { Dialogue = f, Title = "Trl tafel foxtrot", Status = PublicationStatus.Archived, HostRole = "Trl gastheer" };
            db.AddRange(f, g, tf);
            db.Add(new Idea { Title = "Trl idee 13", Dialogue = f, Table = tf, Status = PublicationStatus.Published, Themes = [h5, h8, h7], Description = "fietsen" });
            db.Add(new Domain.Stories.Story { Title = "Trl verhaal 7", Dialogue = f, Table = tf, Status = PublicationStatus.Published, Kind = Domain.Stories.StoryKind.Concern, Themes = [h4] });
            await db.SaveChangesAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<JsonObject> Post(string query, object variables, bool cms)
    {
        var response = await api.PostAsync(query, variables, cms ? Role.Editor : null);
        output.WriteLine(response.ToJsonString());
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response;
    }

    private static string? Str(JsonNode? node) => node?.GetValue<string>();

    private static Theme? Parent(EquivalenceData.Model m, Theme? t) => t?.Parent is { } p && m.Visible(p) ? p : null;

    public static IEnumerable<object[]> Callers() => [[false], [true]];

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Idea_and_story_tables_match_the_rows_with_aliases_and_fragments(bool cms)
    {
        var m = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: !cms);
        var data = (await Post("""
            { ideas(first: 50, where: { title: { startsWith: "Trl idee" } }) { nodes { title
                table { title }
                a: table { id title }
                b: table { hostRole dialogue { slug } }
                ...T
                ... on Idea { c: table { format } } } }
              stories(first: 50, where: { title: { startsWith: "Trl verhaal" } }) { edges { node { title table { title } ...S } } } }
            fragment T on Idea { t: table { title hostRole } }
            fragment S on Story { s: table { id } }
            """, new { }, cms))["data"]!;
        var tables = m.Tables.ToDictionary(t => t.Id);
        await using var db = api.Database.CreateContext();
        var allTables = await db.Tables.IgnoreQueryFilters().Include(t => t.Dialogue).ToDictionaryAsync(t => t.Id);
        var ideas = await db.Ideas.IgnoreQueryFilters().ToDictionaryAsync(i => i.Title);
        var stories = await db.Stories.IgnoreQueryFilters().ToDictionaryAsync(i => i.Title);
        foreach (var node in data["ideas"]!["nodes"]!.AsArray())
        {
            var idea = ideas[Str(node!["title"])!];
            var table = idea.TableId is { } id && m.Visible(allTables[id]) ? allTables[id] : null;
            Assert.Equal(table?.Title, Str(node["table"]?["title"]));
            Assert.Equal(table?.Title, Str(node["a"]?["title"]));
            Assert.Equal(table is null, node["a"] is null);
            Assert.Equal(table is null, node["b"] is null);
            Assert.Equal(table is null, node["c"] is null);
            Assert.Equal(table?.HostRole, Str(node["b"]?["hostRole"]));
            Assert.Equal(table?.Title, Str(node["t"]?["title"]));
            Assert.Equal(table?.HostRole, Str(node["t"]?["hostRole"]));
            if (table is not null) Assert.Equal(m.Visible(table.Dialogue) ? table.Dialogue!.Slug : null, Str(node["b"]!["dialogue"]?["slug"]));
        }
        foreach (var edge in data["stories"]!["edges"]!.AsArray())
        {
            var node = edge!["node"]!;
            var story = stories[Str(node["title"])!];
            var table = story.TableId is { } id && m.Visible(allTables[id]) ? allTables[id] : null;
            Assert.Equal(table?.Title, Str(node["table"]?["title"]));
            Assert.Equal(table is null, node["s"] is null);
        }
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Parent_chains_four_deep_match_the_rows(bool cms)
    {
        var m = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: !cms);
        var data = (await Post("""
            { themes(first: 50, where: { slug: { startsWith: "trl-" } }) { nodes { slug
                parent { slug parent { slug parent { slug parent { slug } } } }
                p: parent { name } } }
              dialogues(first: 50, where: { slug: { startsWith: "trl-" } }) { nodes { slug theme { slug parent { slug parent { slug parent { slug } } } } } } }
            """, new { }, cms))["data"]!;
        var bySlug = m.Themes.ToDictionary(t => t.Slug);
        void Chain(Theme? expected, JsonNode? node, int depth)
        {
            Assert.Equal(expected?.Slug, Str(node?["slug"]));
            if (node is null || depth == 0) return;
            Chain(Parent(m, expected), node["parent"], depth - 1);
        }
        foreach (var node in data["themes"]!["nodes"]!.AsArray())
        {
            var theme = bySlug[Str(node!["slug"])!];
            Chain(Parent(m, theme), node["parent"], 3);
            Assert.Equal(Parent(m, theme)?.Name, Str(node["p"]?["name"]));
        }
        foreach (var node in data["dialogues"]!["nodes"]!.AsArray())
        {
            var dialogue = m.Dialogues.Single(d => d.Slug == Str(node!["slug"]));
            var theme = dialogue.Theme is { } t && m.Visible(t) ? t : null;
            Chain(theme, node!["theme"], 3);
        }
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Idea_themes_lists_with_parents_match_the_rows(bool cms)
    {
        var m = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: !cms);
        var data = (await Post("""
            { ideas(first: 50, where: { title: { startsWith: "Trl idee" } }) { nodes { title themes { slug parent { slug parent { slug parent { slug } } } } } } }
            """, new { }, cms))["data"]!;
        foreach (var node in data["ideas"]!["nodes"]!.AsArray())
        {
            var idea = m.Ideas.Single(i => i.Title == Str(node!["title"]));
            var themes = node!["themes"]!.AsArray();
            Assert.Equal(m.V(idea.Themes).Select(t => t.Slug).Order(), themes.Select(t => Str(t!["slug"])!).Order());
            foreach (var t in themes)
            {
                var theme = m.Themes.Single(x => x.Slug == Str(t!["slug"]));
                Assert.Equal(Parent(m, theme)?.Slug, Str(t!["parent"]?["slug"]));
                Assert.Equal(Parent(m, Parent(m, theme))?.Slug, Str(t["parent"]?["parent"]?["slug"]));
                Assert.Equal(Parent(m, Parent(m, Parent(m, theme)))?.Slug, Str(t["parent"]?["parent"]?["parent"]?["slug"]));
            }
        }
    }

    public static IEnumerable<object[]> NestedOrders() =>
        from order in new[] { "", "order: [{ table: { title: ASC } }, { title: ASC }]", "order: [{ title: DESC }]", "order: [{ dialogue: { title: DESC } }, { title: ASC }]" }
        from cms in new[] { false, true }
        select new object[] { order, cms };

    [Theory]
    [MemberData(nameof(NestedOrders))]
    public async Task Tables_inside_nested_pages_match_the_rows(string order, bool cms)
    {
        var m = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: !cms);
        var o = order == "" ? "" : ", " + order;
        var q1 = (await Post($$"""
            { themes(first: 30, where: { slug: { startsWith: "trl-" } }) { nodes { slug ideas(first: 20 {{o}}) { nodes { title table { title a: hostRole } x: table { id } } } } } }
            """, new { }, cms))["data"]!;
        var q2 = (await Post($$"""
            { dialogues(first: 20, where: { slug: { startsWith: "trl-" } }) { nodes { slug ideas(first: 20 {{o}}) { nodes { title table { title } } } } } }
            """, new { }, cms))["data"]!;
        var q3 = (await Post("""
            { dialogues(first: 10, where: { slug: { startsWith: "trl-" } }) { nodes { slug
                tables(first: 10) { nodes { title ideas(first: 10) { nodes { title table { title } } } stories(first: 10) { nodes { title table { title dialogue { slug } } } } } } } } }
            """, new { }, cms))["data"]!;
        string? TableOf(string title)
        {
            var idea = m.Ideas.SingleOrDefault(i => i.Title == title);
            var table = idea is not null ? idea.Table : m.Stories.Single(s => s.Title == title).Table;
            return table is not null && m.Visible(table) ? table.Title : null;
        }
        var checkedNodes = 0;
        foreach (var node in q1["themes"]!["nodes"]!.AsArray().Concat(q2["dialogues"]!["nodes"]!.AsArray()).Concat(q3["dialogues"]!["nodes"]!.AsArray()))
        {
            foreach (var idea in node!["ideas"]?["nodes"]?.AsArray() ?? [])
            {
                checkedNodes++;
                Assert.Equal(TableOf(Str(idea!["title"])!), Str(idea["table"]?["title"]));
                if (idea.AsObject().ContainsKey("x")) Assert.Equal(idea["table"] is null, idea["x"] is null);
            }
            foreach (var table in node["tables"]?["nodes"]?.AsArray() ?? [])
            {
                foreach (var child in table!["ideas"]!["nodes"]!.AsArray().Concat(table["stories"]!["nodes"]!.AsArray()))
                {
                    checkedNodes++;
                    Assert.Equal(Str(table["title"]), Str(child!["table"]?["title"]));
                }
            }
        }
        Assert.True(checkedNodes > 10);
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Node_and_nodes_read_the_same_references_as_the_list(bool cms)
    {
        var list = (await Post("""
            { ideas(first: 50, where: { title: { startsWith: "Trl idee" } }) { nodes { id title table { title } dialogue { slug theme { slug parent { slug } } } } }
              themes(first: 50, where: { slug: { startsWith: "trl-" } }) { nodes { id slug parent { slug parent { slug } } } } }
            """, new { }, cms))["data"]!;
        var ideaIds = list["ideas"]!["nodes"]!.AsArray().Select(n => Str(n!["id"])!).ToArray();
        var themeIds = list["themes"]!["nodes"]!.AsArray().Select(n => Str(n!["id"])!).ToArray();
        var viaNodes = (await Post("""
            query($i: [ID!]!, $t: [ID!]!) {
              a: nodes(ids: $i) { ... on Idea { id title table { title } dialogue { slug theme { slug parent { slug } } } } }
              b: nodes(ids: $t) { ... on Theme { id slug parent { slug parent { slug } } } } }
            """, new { i = ideaIds, t = themeIds }, cms))["data"]!;
        Assert.Equal(list["ideas"]!["nodes"]!.ToJsonString(), viaNodes["a"]!.ToJsonString());
        Assert.Equal(list["themes"]!["nodes"]!.ToJsonString(), viaNodes["b"]!.ToJsonString());
        foreach (var id in ideaIds)
        {
            var one = (await Post("""query($id: ID!) { node(id: $id) { ... on Idea { id title table { title } dialogue { slug theme { slug parent { slug } } } } } }""", new { id }, cms))["data"]!["node"]!;
            Assert.Equal(list["ideas"]!["nodes"]!.AsArray().Single(n => Str(n!["id"]) == id)!.ToJsonString(), one.ToJsonString());
        }
    }

    [Fact]
    public async Task Mutation_payloads_read_the_table_the_caller_may_see()
    {
        var m = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: false);
        var dA = m.Dialogues.Single(d => d.Slug == "trl-a");
        // The ids as the API gives them.
        var ids = (await Post("""{ dialogue(slug: "trl-a") { id tables(first: 10) { nodes { id title } } } }""", new { }, true))["data"]!["dialogue"]!;
        var dialogueId = Str(ids["id"])!;
        var zuid = Str(ids["tables"]!["nodes"]!.AsArray().Single(n => Str(n!["title"]) == "Trl tafel zuid")!["id"])!;
        var noord = Str(ids["tables"]!["nodes"]!.AsArray().Single(n => Str(n!["title"]) == "Trl tafel noord")!["id"])!;
        var created = (await api.PostAsync("""
            mutation($d: ID!, $t: ID!) { createIdea(input: { dialogueId: $d, title: "Trl idee payload", source: ONLINE, tableId: $t }) {
              idea { id version title table { title hostRole } a: table { id } } errors { __typename } } }
            """, new { d = dialogueId, t = zuid }, Role.Editor));
        output.WriteLine(created.ToJsonString());
        var idea = created["data"]!["createIdea"]!["idea"]!;
        Assert.Equal("Trl tafel zuid", Str(idea["table"]?["title"]));
        Assert.Equal(zuid, Str(idea["a"]?["id"]));
        var id = Str(idea["id"])!;
        var updated = await api.PostAsync("""
            mutation($id: ID!, $t: ID!, $v: Int!) { updateIdea(input: { id: $id, expectedVersion: $v, tableId: $t }) { idea { title table { title } } errors { __typename } } }
            """, new { id, t = noord, v = idea["version"]!.GetValue<int>() }, Role.Editor);
        output.WriteLine(updated.ToJsonString());
        Assert.Equal("Trl tafel noord", Str(updated["data"]!["updateIdea"]!["idea"]!["table"]?["title"]));
        // The same idea read afterwards, by list and by node, agrees with the payload.
        var read = (await Post("""query($id: ID!) { node(id: $id) { ... on Idea { table { title } } } }""", new { id }, true))["data"]!["node"]!;
        Assert.Equal("Trl tafel noord", Str(read["table"]?["title"]));
        Assert.NotNull(dA);
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Dialogue_by_slug_and_required_dialogue_reference_are_unchanged(bool cms)
    {
        var m = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: !cms);
        foreach (var d in m.Dialogues)
        {
            var node = (await Post("""query($s: String!) { dialogue(slug: $s) { slug theme { slug parent { slug parent { slug } } } ideas(first: 50) { nodes { title dialogue { slug } table { dialogue { slug } } } } } }""",
                new { s = d.Slug }, cms))["data"]!["dialogue"];
            if (!m.Visible(d))
            {
                Assert.Null(node);
                continue;
            }
            var theme = d.Theme is { } t && m.Visible(t) ? t : null;
            Assert.Equal(theme?.Slug, Str(node!["theme"]?["slug"]));
            Assert.Equal(Parent(m, theme)?.Slug, Str(node["theme"]?["parent"]?["slug"]));
            Assert.Equal(Parent(m, Parent(m, theme))?.Slug, Str(node["theme"]?["parent"]?["parent"]?["slug"]));
            foreach (var i in node["ideas"]!["nodes"]!.AsArray())
            {
                Assert.Equal(d.Slug, Str(i!["dialogue"]?["slug"]));
                var idea = m.Ideas.Single(x => x.Title == Str(i["title"]));
                if (idea.Table is { } table && m.Visible(table))
                {
                    Assert.True(i["table"] is not null, $"{idea.Title}: table {table.Title} is visible but null");
                    Assert.Equal(d.Slug, Str(i["table"]!["dialogue"]?["slug"]));
                }
                else Assert.Null(i["table"]);
            }
        }
    }
}
