using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Dialoogtafels.Api.Tests.Queries.Equivalence;

/// <summary>
/// Reference filters (foreign key = ANY(keys)) against an in-memory oracle: anonymous and CMS callers,
/// null foreign keys, drafts and deleted targets, and/or, lists, nested connections, statistics, exports.
/// </summary>
public class ReferenceFilterEquivalenceTests(Export.OpenDataApiFactory api, ITestOutputHelper output)
    : IClassFixture<Export.OpenDataApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => EquivalenceData.AddAsync(api.Database);

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Mine = """{"title":{"startsWith":"Trl idee"}}""";

    public static readonly Dictionary<string, (string Where, Func<EquivalenceData.Model, Idea, bool> Expected)> IdeaCases = new()
    {
        ["dialogue track"] = ("""{"dialogue":{"track":{"eq":"CITIZENS"}}}""", (m, i) => m.Visible(i.Dialogue) && i.Dialogue!.Track == DialogueTrack.Citizens),
        ["draft dialogue title"] = ("""{"dialogue":{"title":{"eq":"Trl Bravo"}}}""", (m, i) => m.Visible(i.Dialogue) && i.Dialogue!.Title == "Trl Bravo"),
        ["deleted dialogue"] = ("""{"dialogue":{"slug":{"eq":"trl-d"}}}""", (m, i) => false),
        ["archived dialogue"] = ("""{"dialogue":{"slug":{"eq":"trl-e"}}}""", (m, i) => m.Visible(i.Dialogue) && i.Dialogue!.Slug == "trl-e"),
        ["no dialogue matches"] = ("""{"dialogue":{"slug":{"eq":"trl-none"}}}""", (m, i) => false),
        ["table title (nullable fk)"] = ("""{"table":{"title":{"eq":"trl tafel noord"}}}""", (m, i) => m.Visible(i.Table) && i.Table!.Title == "Trl tafel noord"),
        ["table any visible (null operand)"] = ("""{"table":{"title":null}}""", (m, i) => m.Visible(i.Table)),
        ["table neq title"] = ("""{"table":{"title":{"neq":"Trl tafel noord"}}}""", (m, i) => m.Visible(i.Table) && i.Table!.Title != "Trl tafel noord"),
        ["table.dialogue nested"] = ("""{"table":{"dialogue":{"slug":{"eq":"trl-a"}}}}""", (m, i) => m.Visible(i.Table) && m.Visible(i.Table!.Dialogue) && i.Table!.Dialogue!.Slug == "trl-a"),
        ["table.dialogue draft"] = ("""{"table":{"dialogue":{"title":{"eq":"Trl Bravo"}}}}""", (m, i) => m.Visible(i.Table) && m.Visible(i.Table!.Dialogue) && i.Table!.Dialogue!.Title == "Trl Bravo"),
        ["dialogue.theme draft"] = ("""{"dialogue":{"theme":{"slug":{"eq":"trl-r"}}}}""", (m, i) => m.Visible(i.Dialogue) && m.Visible(i.Dialogue!.Theme) && i.Dialogue!.Theme!.Slug == "trl-r"),
        ["dialogue.theme.parent"] = ("""{"dialogue":{"theme":{"parent":{"slug":{"eq":"trl-parent"}}}}}""",
            (m, i) => m.Visible(i.Dialogue) && m.Visible(i.Dialogue!.Theme) && m.Visible(i.Dialogue!.Theme!.Parent) && i.Dialogue!.Theme!.Parent!.Slug == "trl-parent"),
        ["or of references"] = ("""{"or":[{"table":{"title":{"eq":"Trl tafel zuid"}}},{"dialogue":{"slug":{"eq":"trl-c"}}}]}""",
            (m, i) => (m.Visible(i.Table) && i.Table!.Title == "Trl tafel zuid") || (m.Visible(i.Dialogue) && i.Dialogue!.Slug == "trl-c")),
        ["or with empty key set"] = ("""{"or":[{"table":{"title":{"eq":"zzz"}}},{"title":{"eq":"Trl idee 03"}}]}""", (m, i) => i.Title == "Trl idee 03"),
        ["and of references"] = ("""{"and":[{"dialogue":{"slug":{"startsWith":"trl-a"}}},{"table":{"title":{"contains":"noord"}}}]}""",
            (m, i) => m.Visible(i.Dialogue) && i.Dialogue!.Slug == "trl-a" && m.Visible(i.Table) && i.Table!.Title.Contains("noord")),
        ["themes some parent"] = ("""{"themes":{"some":{"parent":{"slug":{"eq":"trl-parent"}}}}}""",
            (m, i) => m.V(i.Themes).Any(t => m.Visible(t.Parent) && t.Parent!.Slug == "trl-parent")),
        ["themes all parent"] = ("""{"themes":{"all":{"parent":{"slug":{"eq":"trl-parent"}}}}}""",
            (m, i) => m.V(i.Themes).All(t => m.Visible(t.Parent) && t.Parent!.Slug == "trl-parent")),
        ["themes none parent"] = ("""{"themes":{"none":{"parent":{"name":{"eq":"Trl ouder"}}}}}""",
            (m, i) => !m.V(i.Themes).Any(t => m.Visible(t.Parent) && t.Parent!.Name == "Trl ouder")),
        ["stories some table"] = ("""{"answeredStories":{"some":{"table":{"title":{"eq":"Trl tafel zuid"}}}}}""",
            (m, i) => m.V(i.AnsweredStories).Any(s => m.Visible(s.Table) && s.Table!.Title == "Trl tafel zuid")),
        ["stories none table"] = ("""{"answeredStories":{"none":{"table":{"title":{"eq":"Trl tafel noord"}}}}}""",
            (m, i) => !m.V(i.AnsweredStories).Any(s => m.Visible(s.Table) && s.Table!.Title == "Trl tafel noord")),
        ["dialogue.ideas.some.table"] = ("""{"dialogue":{"ideas":{"some":{"table":{"title":{"eq":"Trl tafel zuid"}}}}}}""",
            (m, i) => m.Visible(i.Dialogue) && m.V(i.Dialogue!.Ideas).Any(x => m.Visible(x.Table) && x.Table!.Title == "Trl tafel zuid")),
        ["table.ideas.some.dialogue"] = ("""{"table":{"ideas":{"some":{"dialogue":{"track":{"eq":"SCIENCE"}}}}}}""",
            (m, i) => m.Visible(i.Table) && m.V(i.Table!.Ideas).Any(x => m.Visible(x.Dialogue) && x.Dialogue!.Track == DialogueTrack.Science)),
        ["reference and scalar"] = ("""{"dialogue":{"slug":{"in":["trl-a","trl-c","trl-b"]}},"costEstimate":{"eq":null}}""",
            (m, i) => m.Visible(i.Dialogue) && new[] { "trl-a", "trl-c", "trl-b" }.Contains(i.Dialogue!.Slug) && i.CostEstimate is null),
        ["same reference twice, other conditions"] = ("""{"and":[{"dialogue":{"track":{"eq":"CITIZENS"}}},{"dialogue":{"slug":{"neq":"trl-a"}}}]}""",
            (m, i) => m.Visible(i.Dialogue) && i.Dialogue!.Track == DialogueTrack.Citizens && i.Dialogue.Slug != "trl-a"),
    };

    public static IEnumerable<object[]> CaseNames() => IdeaCases.Keys.SelectMany(k => new[] { new object[] { k, false }, [k, true] });

    private static JsonNode Combined(string where) => JsonNode.Parse($$"""{"and":[{{Mine}},{{where}}]}""")!;

    private static string[] Titles(JsonNode? connection) =>
        connection!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();

    private async Task<string[]> ExpectedAsync(string name, bool cms)
    {
        var model = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: !cms);
        var predicate = IdeaCases[name].Expected;
        return model.VisibleIdeas.Where(i => predicate(model, i)).Select(i => i.Title).Order(StringComparer.Ordinal).ToArray();
    }

    private async Task<JsonObject> Post(string query, object variables, bool cms)
    {
        var response = await api.PostAsync(query, variables, cms ? Role.Editor : null);
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Root_list_matches_the_oracle(string name, bool cms)
    {
        var expected = await ExpectedAsync(name, cms);
        var response = await Post("query($w: IdeaFilterInput) { ideas(first: 50, where: $w) { totalCount nodes { title } } }",
            new { w = Combined(IdeaCases[name].Where) }, cms);
        var ideas = response["data"]!["ideas"]!;
        output.WriteLine(string.Join(", ", expected));
        Assert.Equal(expected, Titles(ideas));
        Assert.Equal(expected.Length, ideas["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Nested_connection_under_dialogues_matches_the_oracle(string name, bool cms)
    {
        var model = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: !cms);
        var predicate = IdeaCases[name].Expected;
        var response = await Post("""
            query($w: IdeaFilterInput) { dialogues(first: 50, where: { slug: { startsWith: "trl-" } }) {
              nodes { slug ideas(first: 50, where: $w) { totalCount nodes { title } } } } }
            """, new { w = Combined(IdeaCases[name].Where) }, cms);
        foreach (var node in response["data"]!["dialogues"]!["nodes"]!.AsArray())
        {
            var slug = node!["slug"]!.GetValue<string>();
            var expected = model.VisibleIdeas.Where(i => i.Dialogue!.Slug == slug && predicate(model, i))
                .Select(i => i.Title).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, Titles(node["ideas"]));
            Assert.Equal(expected.Length, node["ideas"]!["totalCount"]!.GetValue<int>());
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Nested_many_to_many_under_themes_matches_the_oracle(string name, bool cms)
    {
        var model = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: !cms);
        var predicate = IdeaCases[name].Expected;
        var response = await Post("""
            query($w: IdeaFilterInput) { themes(first: 50, where: { slug: { startsWith: "trl-" } }) {
              nodes { slug ideas(first: 50, where: $w) { totalCount nodes { title } } } } }
            """, new { w = Combined(IdeaCases[name].Where) }, cms);
        foreach (var node in response["data"]!["themes"]!["nodes"]!.AsArray())
        {
            var slug = node!["slug"]!.GetValue<string>();
            var expected = model.VisibleIdeas.Where(i => i.Themes.Any(t => t.Slug == slug) && predicate(model, i))
                .Select(i => i.Title).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, Titles(node["ideas"]));
            Assert.Equal(expected.Length, node["ideas"]!["totalCount"]!.GetValue<int>());
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Statistics_count_matches_the_oracle(string name, bool cms)
    {
        var expected = await ExpectedAsync(name, cms);
        var response = await Post("query($w: IdeaFilterInput) { ideaStatistics(by: [], where: $w) { count } }",
            new { w = Combined(IdeaCases[name].Where) }, cms);
        var cells = response["data"]!["ideaStatistics"]!.AsArray();
        Assert.Equal(expected.Length, cells.Sum(c => c!["count"]!.GetValue<int>()));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Export_csv_matches_the_public_oracle(string name, bool cms)
    {
        if (cms) return; // exports are public whoever asks
        var expected = await ExpectedAsync(name, cms: false);
        using var client = api.CreateClient();
        var text = await client.GetStringAsync("/export/ideas.csv?where=" + Uri.EscapeDataString(Combined(IdeaCases[name].Where).ToJsonString()));
        var records = Export.Rfc4180.Parse(text);
        var titleColumn = Array.IndexOf(records[0], "title");
        Assert.Equal(expected, records.Skip(1).Select(r => r[titleColumn]).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Stories_with_a_table_filter_and_search_match_the_oracle(bool cms)
    {
        var model = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: !cms);
        var expected = model.V(model.Stories)
            .Where(s => m(s.Table) && s.Table!.Dialogue!.Slug == "trl-a" && m(s.Table.Dialogue))
            .Select(s => s.Title).Order(StringComparer.Ordinal).ToArray();
        var response = await Post("""
            { stories(first: 50, search: "fietsen", where: { title: { startsWith: "Trl verhaal" }, table: { dialogue: { slug: { eq: "trl-a" } } } }) { totalCount nodes { title } } }
            """, new { }, cms);
        Assert.Equal(expected, Titles(response["data"]!["stories"]));
        Assert.Equal(expected.Length, response["data"]!["stories"]!["totalCount"]!.GetValue<int>());

        bool m(ContentEntity? e) => model.Visible(e);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reference_filter_with_search_and_cursors_pages_through_every_match_once(bool cms)
    {
        var model = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: !cms);
        // search "fietsen" matches ideas whose description holds it; filter on a citizens' dialogue.
        var expected = model.VisibleIdeas
            .Where(i => m(i.Dialogue) && i.Dialogue!.Track == DialogueTrack.Citizens && (i.Description ?? "").Contains("fietsen"))
            .Select(i => i.Title).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(expected);
        const string query = """
            query($after: String, $before: String, $first: Int, $last: Int) {
              ideas(first: $first, last: $last, after: $after, before: $before, search: "fietsen",
                    where: { title: { startsWith: "Trl idee" }, dialogue: { track: { eq: CITIZENS } } }) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { title } } }
            """;
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var response = await Post(query, new { after, first = 1 }, cms);
            var ideas = response["data"]!["ideas"]!;
            Assert.Equal(expected.Length, ideas["totalCount"]!.GetValue<int>());
            seen.AddRange(ideas["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()));
            Assert.Equal(pages > 0, ideas["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            if (!ideas["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = ideas["pageInfo"]!["endCursor"]!.GetValue<string>();
            Assert.True(++pages < 20);
        }
        Assert.Equal(expected, seen.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(seen.Count, seen.Distinct().Count());

        // And backwards from the end.
        var back = new List<string>();
        string? before = null;
        pages = 0;
        while (true)
        {
            var response = await Post(query, new { before, last = 2 }, cms);
            var ideas = response["data"]!["ideas"]!;
            back.InsertRange(0, ideas["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()));
            if (!ideas["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>()) break;
            before = ideas["pageInfo"]!["startCursor"]!.GetValue<string>();
            Assert.True(++pages < 20);
        }
        Assert.Equal(seen, back);

        bool m(ContentEntity? e) => model.Visible(e);
    }

    [Fact]
    public async Task Key_sets_are_read_per_request_not_remembered_across_requests()
    {
        const string query = """{ ideas(first: 50, where: { title: { startsWith: "Trl idee" }, dialogue: { slug: { eq: "trl-b" } } }) { totalCount } }""";
        Assert.Equal(0, (await Post(query, new { }, false))["data"]!["ideas"]!["totalCount"]!.GetValue<int>());
        await using (var db = api.Database.CreateContext())
        {
            await db.Dialogues.Where(d => d.Slug == "trl-b").ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, PublicationStatus.Published));
        }
        try
        {
            Assert.Equal(1, (await Post(query, new { }, false))["data"]!["ideas"]!["totalCount"]!.GetValue<int>());
        }
        finally
        {
            await using var db = api.Database.CreateContext();
            await db.Dialogues.Where(d => d.Slug == "trl-b").ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, PublicationStatus.Draft));
        }
        Assert.Equal(0, (await Post(query, new { }, false))["data"]!["ideas"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Same_document_other_variables_reads_other_keys()
    {
        const string query = """query($s: String) { ideas(first: 50, where: { title: { startsWith: "Trl idee" }, dialogue: { slug: { eq: $s } } }) { nodes { title } } }""";
        var a = Titles((await Post(query, new { s = "trl-a" }, false))["data"]!["ideas"]);
        var c = Titles((await Post(query, new { s = "trl-c" }, false))["data"]!["ideas"]);
        Assert.Equal(["Trl idee 01", "Trl idee 02", "Trl idee 03", "Trl idee 07"], a);
        Assert.Equal(["Trl idee 05", "Trl idee 09", "Trl idee 12"], c);
    }

    [Fact]
    public async Task In_process_execution_without_http_context_agrees_with_http()
    {
        foreach (var (name, (where, _)) in IdeaCases)
        {
            var expected = await ExpectedAsync(name, cms: false);
            var data = await api.DataAsync("query($w: IdeaFilterInput) { ideas(first: 50, where: $w) { nodes { title } } }",
                new global::GraphQL.Inputs(new Dictionary<string, object?> { ["w"] = ToObject(Combined(where)) }));
            Assert.True(expected.SequenceEqual(Titles(data["ideas"])), name);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Other_statistics_accept_reference_filters_including_empty_key_sets(bool cms)
    {
        foreach (var slug in new[] { "trl-a", "trl-none", "trl-b" })
        {
            var response = await Post("""
                query($s: String) {
                  ideaCoOccurrence(where: { title: { startsWith: "Trl idee" }, dialogue: { slug: { eq: $s } } }) { count }
                  ideaCharacteristicTerms(minCount: 1, where: { title: { startsWith: "Trl idee" }, table: { dialogue: { slug: { eq: $s } } } }) { term }
                  storyStatistics(by: [], where: { title: { startsWith: "Trl verhaal" }, table: { dialogue: { slug: { eq: $s } } } }) { count }
                  tables(first: 20, where: { dialogue: { slug: { eq: $s } } }) { totalCount nodes { stories(first: 10, where: { dialogue: { slug: { eq: $s } } }) { totalCount } } }
                }
                """, new { s = slug }, cms);
            var model = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: !cms);
            var stories = model.V(model.Stories).Count(x => model.Visible(x.Table) && model.Visible(x.Table!.Dialogue) && x.Table!.Dialogue!.Slug == slug);
            Assert.Equal(stories, response["data"]!["storyStatistics"]!.AsArray().Sum(c => c!["count"]!.GetValue<int>()));
            var tables = model.V(model.Tables).Where(t => model.Visible(t.Dialogue) && t.Dialogue!.Slug == slug).ToList();
            Assert.Equal(tables.Count, response["data"]!["tables"]!["totalCount"]!.GetValue<int>());
            if (slug == "trl-none") Assert.Empty(response["data"]!["ideaCharacteristicTerms"]!.AsArray());
        }
    }

    private static object? ToObject(JsonNode? node) => node switch
    {
        JsonObject o => o.ToDictionary(p => p.Key, p => ToObject(p.Value)),
        JsonArray a => a.Select(ToObject).ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => null,
    };
}
