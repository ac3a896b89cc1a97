using System.Text.Json.Nodes;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;
using Xunit.Abstractions;

namespace Dialoogtafels.Api.Tests.Queries.Equivalence;

/// <summary>
/// Nested pages (lateral join, grouped in memory) against the root list with the same order, search
/// and paging restricted to the parent: same items, same order, same cursors and page flags.
/// </summary>
public class NavigationOrderEquivalenceTests(ApiFactory api, ITestOutputHelper output) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => EquivalenceData.AddAsync(api.Database);

    public Task DisposeAsync() => Task.CompletedTask;

    public static readonly string?[] Orders =
    [
        null,
        """[{"title":"ASC"}]""",
        """[{"title":"DESC"}]""",
        """[{"costEstimate":"DESC"}]""",
        """[{"costEstimate":"ASC"},{"title":"DESC"}]""",
        """[{"supportCount":"DESC"},{"costEstimate":"ASC"}]""",
        """[{"dialogue":{"title":"DESC"}},{"title":"ASC"}]""",
        """[{"table":{"title":"ASC"}}]""",
        """[{"table":{"title":"DESC"}},{"supportCount":"ASC"}]""",
        """[{"source":"DESC"},{"budgetSelection":"ASC"}]""",
    ];

    public static IEnumerable<object?[]> Cases()
    {
        foreach (var parent in new[] { "themes", "dialogues" })
        foreach (var order in Orders)
        foreach (var search in new string?[] { null, "fietsen" })
        foreach (var backwards in new[] { false, true })
        foreach (var cms in new[] { false, true })
            yield return [parent, order, search, backwards, cms];
    }

    private async Task<JsonObject> Post(string query, object variables, bool cms)
    {
        var response = await api.PostAsync(query, variables, cms ? Role.Editor : null);
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response;
    }

    private static JsonNode? Json(string? text) => text is null ? null : JsonNode.Parse(text);

    private const string Page = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id title } }";

    private static string Shape(JsonNode connection) =>
        string.Join(" | ", connection["edges"]!.AsArray().Select(e => e!["node"]!["title"]!.GetValue<string>() + "@" + e["cursor"]!.GetValue<string>()))
        + $" next={connection["pageInfo"]!["hasNextPage"]} prev={connection["pageInfo"]!["hasPreviousPage"]} total={connection["totalCount"]}";

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Nested_page_equals_the_root_list_restricted_to_the_parent(string parent, string? order, string? search, bool backwards, bool cms)
    {
        var size = 3;
        var nested = await Post($$"""
            query($first: Int, $last: Int, $order: [IdeaSortInput!], $search: String) {
              {{parent}}(first: 12, where: { slug: { startsWith: "trl-" } }) { nodes { id slug ideas(first: $first, last: $last, order: $order, search: $search) { {{Page}} } } }
              more: {{parent}}(first: 6) { nodes { id slug ideas(first: $first, last: $last, order: $order, search: $search) { {{Page}} } } } }
            """, new { first = backwards ? (int?)null : size, last = backwards ? size : (int?)null, order = Json(order), search }, cms);
        var parents = nested["data"]![parent]!["nodes"]!.AsArray().Concat(nested["data"]!["more"]!["nodes"]!.AsArray()).ToList();
        Assert.NotEmpty(parents);
        var restriction = parent == "themes" ? "themes: { some: { slug: { eq: $slug } } }" : "dialogue: { slug: { eq: $slug } }";
        foreach (var p in parents)
        {
            var slug = p!["slug"]!.GetValue<string>();
            var root = await Post($$"""
                query($first: Int, $last: Int, $order: [IdeaSortInput!], $search: String, $slug: String) {
                  ideas(first: $first, last: $last, order: $order, search: $search, where: { {{restriction}} }) { {{Page}} } }
                """, new { first = backwards ? (int?)null : size, last = backwards ? size : (int?)null, order = Json(order), search, slug }, cms);
            var expected = Shape(root["data"]!["ideas"]!);
            var actual = Shape(p["ideas"]!);
            if (expected != actual) output.WriteLine($"{slug}:\n  root   {expected}\n  nested {actual}");
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData("""[{"title":"DESC"}]""", false)]
    [InlineData("""[{"costEstimate":"DESC"}]""", true)]
    [InlineData("""[{"table":{"title":"ASC"}}]""", false)]
    [InlineData("""[{"dialogue":{"title":"DESC"}}]""", true)]
    [InlineData(null, false)]
    public async Task Walking_a_nested_connection_with_cursors_visits_every_item_once_in_order(string? order, bool cms)
    {
        var themes = await Post("""{ themes(first: 8, where: { slug: { startsWith: "trl-" } }) { nodes { id slug } } more: themes(first: 6) { nodes { id slug } } }""", new { }, cms);
        foreach (var theme in themes["data"]!["themes"]!["nodes"]!.AsArray().Concat(themes["data"]!["more"]!["nodes"]!.AsArray()))
        {
            var id = theme!["id"]!.GetValue<string>();
            var all = await Post("""
                query($id: ID!, $order: [IdeaSortInput!]) { node(id: $id) { ... on Theme { ideas(first: 50, order: $order) { totalCount edges { cursor node { title } } } } } }
                """, new { id, order = Json(order) }, cms);
            var everything = all["data"]!["node"]!["ideas"]!["edges"]!.AsArray().Select(e => e!["node"]!["title"]!.GetValue<string>()).ToList();

            // forwards, two at a time
            var walked = new List<string>();
            string? after = null;
            for (var guard = 0; guard < 40; guard++)
            {
                var page = (await Post("""
                    query($id: ID!, $order: [IdeaSortInput!], $after: String) { node(id: $id) { ... on Theme { ideas(first: 2, after: $after, order: $order) { pageInfo { hasNextPage hasPreviousPage endCursor } nodes { title } } } } }
                    """, new { id, order = Json(order), after }, cms))["data"]!["node"]!["ideas"]!;
                walked.AddRange(page["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()));
                Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
                if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
                after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
            }
            Assert.Equal(everything.Take(50), walked.Take(50));

            // backwards, two at a time
            var back = new List<string>();
            string? before = null;
            for (var guard = 0; guard < 40; guard++)
            {
                var page = (await Post("""
                    query($id: ID!, $order: [IdeaSortInput!], $before: String) { node(id: $id) { ... on Theme { ideas(last: 2, before: $before, order: $order) { pageInfo { hasNextPage hasPreviousPage startCursor } nodes { title } } } } }
                    """, new { id, order = Json(order), before }, cms))["data"]!["node"]!["ideas"]!;
                back.InsertRange(0, page["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()));
                Assert.Equal(before is not null, page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
                if (!page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>()) break;
                before = page["pageInfo"]!["startCursor"]!.GetValue<string>();
            }
            if (everything.Count < 50) Assert.Equal(everything, back);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""[{"title":"DESC"}]""")]
    [InlineData("""[{"table":{"title":"DESC"}}]""")]
    [InlineData("""[{"dialogue":{"title":"ASC"}},{"kind":"DESC"}]""")]
    public async Task Idea_answered_stories_many_to_many_equal_the_root_list(string? order)
    {
        foreach (var cms in new[] { false, true })
        {
            var nested = await Post("""
                query($order: [StorySortInput!]) { ideas(first: 50, where: { title: { startsWith: "Trl idee" } }) { nodes { title answeredStories(first: 2, order: $order) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { title } } } } } }
                """, new { order = Json(order) }, cms);
            foreach (var idea in nested["data"]!["ideas"]!["nodes"]!.AsArray())
            {
                var title = idea!["title"]!.GetValue<string>();
                var root = await Post("""
                    query($order: [StorySortInput!], $t: String) { stories(first: 2, order: $order, where: { ideas: { some: { title: { eq: $t } } } }) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { title } } } }
                    """, new { order = Json(order), t = title }, cms);
                Assert.Equal(root["data"]!["stories"]!.ToJsonString(), idea["answeredStories"]!.ToJsonString());
            }
        }
    }

    [Theory]
    [InlineData("{ themes(first: 3) { nodes { ideas(first: 2, order: [{ dialogue: { title: DESC } }]) { nodes { title } } } } }")]
    [InlineData("{ dialogues(first: 3) { nodes { ideas(first: 2, order: [{ table: { title: ASC } }]) { nodes { title } } } } }")]
    [InlineData("{ ideas(first: 3) { nodes { answeredStories(first: 2, order: [{ table: { title: DESC } }]) { nodes { title } } } } }")]
    public async Task Nested_connection_ordered_by_a_reference_field_does_not_fail(string query)
    {
        var response = await api.PostAsync(query);
        Assert.True(response["errors"] is null, response.ToJsonString());
    }
}
