using System.Text.Json.Nodes;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Xunit.Abstractions;

namespace Dialoogtafels.Api.Tests.Queries.Equivalence;

/// <summary>
/// A search's totalCount (counted with count(*) OVER () on the first page, by a statement of its own
/// otherwise) and pageInfo against plain EF Core LINQ over the database; searchHighlight only when selected.
/// </summary>
public class SearchCountEquivalenceTests(Export.OpenDataApiFactory api, ITestOutputHelper output)
    : IClassFixture<Export.OpenDataApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => EquivalenceData.AddAsync(api.Database);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonObject> Post(string query, object variables, bool cms)
    {
        var response = await api.PostAsync(query, variables, cms ? Role.Editor : null);
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response;
    }

    /// <summary>Oracle: the titles of the visible "Trl idee" ideas that the search matches, by EF Core.</summary>
    private async Task<string[]> IdeaTitles(string search, bool cms, Func<Domain.Ideas.Idea, bool>? extra = null)
    {
        await using var db = api.Database.CreateContext();
        var rows = await db.Ideas.IgnoreQueryFilters()
            .Where(i => i.DeletedAt == null && (cms || i.Status == PublicationStatus.Published) && i.Title.StartsWith("Trl idee"))
            .Where(i => EF.Property<NpgsqlTsVector>(i, DialoogtafelsDbContext.SearchVectorProperty).Matches(SearchFunctions.DutchSearchQuery(search)))
            .Include(i => i.Table)
            .ToListAsync();
        return rows.Where(i => extra is null || extra(i)).Select(i => i.Title).Order(StringComparer.Ordinal).ToArray();
    }

    private async Task<string[]> StoryTitles(string search, bool cms)
    {
        await using var db = api.Database.CreateContext();
        return (await db.Stories.IgnoreQueryFilters()
            .Where(i => i.DeletedAt == null && (cms || i.Status == PublicationStatus.Published) && i.Title.StartsWith("Trl verhaal"))
            .Where(i => EF.Property<NpgsqlTsVector>(i, DialoogtafelsDbContext.SearchVectorProperty).Matches(SearchFunctions.DutchSearchQuery(search)))
            .Select(i => i.Title).ToListAsync()).Order(StringComparer.Ordinal).ToArray();
    }

    public static IEnumerable<object[]> NodeSelections() =>
        from selection in new[]
        {
            "nodes { title }",
            "nodes { title table { title } }",
            "nodes { title table { title dialogue { slug } } }",
            "edges { node { title table { id } } }",
            "nodes { title a: table { title } b: table { hostRole } }",
            "nodes { title dialogue { slug } }",
            "nodes { title searchHighlight table { title } }",
            "nodes { ...F }",
        }
        from cms in new[] { false, true }
        select new object[] { selection, cms };

    private const string Fragment = "fragment F on Idea { title table { title } }";

    [Theory]
    [MemberData(nameof(NodeSelections))]
    public async Task First_page_of_a_search_counts_every_match(string selection, bool cms)
    {
        var expected = await IdeaTitles("fietsen", cms);
        Assert.True(expected.Length > 3, string.Join(", ", expected));
        foreach (var first in new[] { 1, 2, 3, expected.Length, expected.Length + 5 })
        {
            var response = await Post($$"""
                query($first: Int) { ideas(first: $first, search: "fietsen", where: { title: { startsWith: "Trl idee" } }) {
                  totalCount pageInfo { hasNextPage hasPreviousPage } {{selection}} } }
                {{(selection.Contains("...F") ? Fragment : "")}}
                """, new { first }, cms);
            var ideas = response["data"]!["ideas"]!;
            output.WriteLine($"first {first}: {ideas.ToJsonString()}");
            Assert.Equal(expected.Length, ideas["totalCount"]!.GetValue<int>());
            Assert.Equal(first < expected.Length, ideas["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            Assert.False(ideas["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        }
    }

    [Theory]
    [MemberData(nameof(NodeSelections))]
    public async Task Last_page_of_a_search_counts_every_match(string selection, bool cms)
    {
        var expected = await IdeaTitles("fietsen", cms);
        foreach (var last in new[] { 1, 2, expected.Length + 1 })
        {
            var response = await Post($$"""
                query($last: Int) { ideas(last: $last, search: "fietsen", where: { title: { startsWith: "Trl idee" } }) {
                  totalCount pageInfo { hasNextPage hasPreviousPage } {{selection}} } }
                {{(selection.Contains("...F") ? Fragment : "")}}
                """, new { last }, cms);
            var ideas = response["data"]!["ideas"]!;
            Assert.Equal(expected.Length, ideas["totalCount"]!.GetValue<int>());
            Assert.Equal(last < expected.Length, ideas["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            Assert.False(ideas["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        }
    }

    [Theory]
    [InlineData(false, "title: ASC")]
    [InlineData(true, "title: DESC")]
    [InlineData(false, "table: { title: ASC }")]
    [InlineData(true, "table: { title: DESC }")]
    [InlineData(false, "costEstimate: DESC")]
    // Ordering by a required reference (dialogue) made EF Core INNER JOIN the dialogue under its
    // soft-delete filter: an idea of a deleted dialogue dropped out of the pages (QueryRoots).
    [InlineData(true, "dialogue: { title: ASC }")]
    public async Task Paging_a_search_with_an_order_keeps_the_total_and_the_page_info(bool cms, string order)
    {
        var expected = await IdeaTitles("fietsen", cms);
        var query = $$"""
            query($after: String, $before: String, $first: Int, $last: Int) {
              ideas(first: $first, last: $last, after: $after, before: $before, search: "fietsen", order: [{ {{order}} }, { title: ASC }],
                    where: { title: { startsWith: "Trl idee" } }) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { title } } }
            """;
        var seen = new List<string>();
        string? after = null;
        for (var page = 0; ; page++)
        {
            var ideas = (await Post(query, new { after, first = 2 }, cms))["data"]!["ideas"]!;
            Assert.Equal(expected.Length, ideas["totalCount"]!.GetValue<int>());
            Assert.Equal(page > 0, ideas["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            seen.AddRange(ideas["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()));
            if (!ideas["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = ideas["pageInfo"]!["endCursor"]!.GetValue<string>();
            Assert.True(page < 20);
        }
        Assert.Equal(expected, seen.Order(StringComparer.Ordinal).ToArray());

        var back = new List<string>();
        string? before = null;
        for (var page = 0; ; page++)
        {
            var ideas = (await Post(query, new { before, last = 3 }, cms))["data"]!["ideas"]!;
            Assert.Equal(expected.Length, ideas["totalCount"]!.GetValue<int>());
            Assert.Equal(page > 0, ideas["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            back.InsertRange(0, ideas["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()));
            if (!ideas["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>()) break;
            before = ideas["pageInfo"]!["startCursor"]!.GetValue<string>();
            Assert.True(page < 20);
        }
        Assert.Equal(seen, back);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Search_with_zero_matches_counts_zero(bool cms)
    {
        foreach (var selection in new[] { "nodes { title }", "nodes { title table { title } }", "edges { cursor }" })
        {
            var ideas = (await Post($$"""
                { ideas(first: 2, search: "zzyzxnietsbestaat", where: { title: { startsWith: "Trl idee" } }) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor } {{selection}} } }
                """, new { }, cms))["data"]!["ideas"]!;
            Assert.Equal(0, ideas["totalCount"]!.GetValue<int>());
            Assert.False(ideas["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            Assert.Null(ideas["pageInfo"]!["startCursor"]);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Search_with_a_reference_filter_and_a_joined_reference_counts_every_match(bool cms)
    {
        var model = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: !cms);
        var matching = (await IdeaTitles("fietsen", cms)).ToHashSet();
        var expected = model.VisibleIdeas.Where(i => matching.Contains(i.Title) && model.Visible(i.Dialogue) && i.Dialogue!.Slug != "trl-zz")
            .Select(i => i.Title).Order(StringComparer.Ordinal).ToArray();
        var ideas = (await Post("""
            { ideas(first: 1, search: "fietsen", where: { title: { startsWith: "Trl idee" }, dialogue: { slug: { startsWith: "trl-" } } }) {
              totalCount nodes { title table { title } } } }
            """, new { }, cms))["data"]!["ideas"]!;
        Assert.Equal(expected.Length, ideas["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Story_search_counts_every_match_with_a_joined_table(bool cms)
    {
        var expected = await StoryTitles("fietsen", cms);
        Assert.True(expected.Length > 2);
        foreach (var selection in new[] { "nodes { title }", "nodes { title table { title } }" })
        {
            var stories = (await Post($$"""
                { stories(first: 1, search: "fietsen", where: { title: { startsWith: "Trl verhaal" } }) { totalCount {{selection}} } }
                """, new { }, cms))["data"]!["stories"]!;
            Assert.Equal(expected.Length, stories["totalCount"]!.GetValue<int>());
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_aliased_searches_in_one_request_each_count_their_own_matches(bool cms)
    {
        var fietsen = await IdeaTitles("fietsen", cms);
        var bomen = await IdeaTitles("bomen", cms);
        var data = (await Post("""
            { a: ideas(first: 1, search: "fietsen", where: { title: { startsWith: "Trl idee" } }) { totalCount nodes { title } }
              b: ideas(first: 1, search: "bomen", where: { title: { startsWith: "Trl idee" } }) { totalCount nodes { title table { title } } }
              c: ideas(first: 1, where: { title: { startsWith: "Trl idee" } }) { totalCount }
              d: ideas(first: 1, search: "fietsen", where: { title: { startsWith: "Trl idee" } }) { t: totalCount nodes { id } } }
            """, new { }, cms))["data"]!;
        Assert.Equal(fietsen.Length, data["a"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(bomen.Length, data["b"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(fietsen.Length, data["d"]!["t"]!.GetValue<int>());
        await using var db = api.Database.CreateContext();
        var all = await db.Ideas.IgnoreQueryFilters().CountAsync(i => i.DeletedAt == null && (cms || i.Status == PublicationStatus.Published) && i.Title.StartsWith("Trl idee"));
        Assert.Equal(all, data["c"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Search_nested_under_dialogues_counts_every_match(bool cms)
    {
        var model = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: !cms);
        var matching = (await IdeaTitles("fietsen", cms)).ToHashSet();
        var data = (await Post("""
            { dialogues(first: 20, where: { slug: { startsWith: "trl-" } }) { nodes { slug ideas(first: 1, search: "fietsen") { totalCount nodes { title table { title } } } } } }
            """, new { }, cms))["data"]!;
        foreach (var node in data["dialogues"]!["nodes"]!.AsArray())
        {
            var slug = node!["slug"]!.GetValue<string>();
            var expected = model.VisibleIdeas.Count(i => i.Dialogue!.Slug == slug && matching.Contains(i.Title));
            Assert.Equal(expected, node["ideas"]!["totalCount"]!.GetValue<int>());
        }
    }

    // --- searchHighlight ---

    public static IEnumerable<object[]> HighlightSelections() => new[]
    {
        "nodes { title searchHighlight }",
        "edges { node { title searchHighlight } }",
        "nodes { title h: searchHighlight }",
        "nodes { title ...H }",
        "nodes { title ... on Idea { searchHighlight } }",
        "nodes { title } edges { node { title searchHighlight } }",
        "nodes { title ... @include(if: true) { searchHighlight } }",
    }.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(HighlightSelections))]
    public async Task Search_highlight_is_computed_when_selected_in_any_shape(string selection)
    {
        var response = await Post($$"""
            { ideas(first: 50, search: "fietsen", where: { title: { startsWith: "Trl idee" } }) { {{selection}} } }
            {{(selection.Contains("...H") ? "fragment H on Idea { searchHighlight }" : "")}}
            """, new { }, false);
        var ideas = response["data"]!["ideas"]!;
        var nodes = (ideas["edges"] is JsonArray es ? new JsonArray(es.Select(e => e!["node"]!.DeepClone()).ToArray()) : ideas["nodes"]!).AsArray();
        Assert.NotEmpty(nodes);
        foreach (var node in nodes)
        {
            var h = node!["searchHighlight"] ?? node["h"];
            Assert.NotNull(h);
            Assert.Contains("<mark>", h!.GetValue<string>());
        }
        if (ideas["edges"] is JsonArray edges)
            foreach (var e in edges) Assert.Contains("<mark>", e!["node"]!["searchHighlight"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_highlight_is_null_without_a_search_and_through_other_paths()
    {
        var data = (await Post("""
            { ideas(first: 5, where: { title: { startsWith: "Trl idee" } }) { nodes { id title searchHighlight } }
              s: ideas(first: 5, search: "fietsen", where: { title: { startsWith: "Trl idee" } }) { nodes { id title } } }
            """, new { }, false))["data"]!;
        foreach (var n in data["ideas"]!["nodes"]!.AsArray()) Assert.Null(n!["searchHighlight"]);
        var id = data["s"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var node = (await Post("query($id: ID!) { node(id: $id) { ... on Idea { searchHighlight } } }", new { id }, false))["data"]!["node"]!;
        Assert.Null(node["searchHighlight"]);
        // A search and, in the same request, the same ideas without a search: the second shows none.
        var both = (await Post("""
            { s: ideas(first: 5, search: "fietsen", where: { title: { startsWith: "Trl idee" } }) { nodes { id searchHighlight } }
              p: ideas(first: 50, where: { title: { startsWith: "Trl idee" } }) { nodes { id searchHighlight } } }
            """, new { }, false))["data"]!;
        foreach (var n in both["p"]!["nodes"]!.AsArray()) Assert.Null(n!["searchHighlight"]);
        foreach (var n in both["s"]!["nodes"]!.AsArray()) Assert.NotNull(n!["searchHighlight"]);
    }

    [Fact]
    public async Task Nested_search_highlight_in_a_nested_connection_is_computed_when_selected()
    {
        var data = (await Post("""
            { dialogues(first: 20, where: { slug: { startsWith: "trl-" } }) { nodes { slug
                a: ideas(first: 10, search: "fietsen") { nodes { title searchHighlight } }
                b: ideas(first: 10, search: "fietsen") { nodes { title } }
                c: ideas(first: 10, search: "fietsen") { edges { node { ... on Idea { searchHighlight } } } } } } }
            """, new { }, false))["data"]!;
        var any = false;
        foreach (var d in data["dialogues"]!["nodes"]!.AsArray())
        {
            foreach (var n in d!["a"]!["nodes"]!.AsArray()) { any = true; Assert.Contains("<mark>", n!["searchHighlight"]!.GetValue<string>()); }
            foreach (var e in d["c"]!["edges"]!.AsArray()) Assert.Contains("<mark>", e!["node"]!["searchHighlight"]!.GetValue<string>());
        }
        Assert.True(any);
    }
}
