using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dialoogtafels.Api.Data;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Http;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Hardening;

/// <summary>
/// Amplification (issue 13 §2): one anonymous request of 300 aliased <c>ideas(first: 50)</c> was
/// answered (15,000 items, about 0.5 s of server time) and 5,000 aliases of <c>__typename</c> were
/// accepted. Now an operation has at most <c>GraphQL:MaxRootFields</c> root fields and
/// <c>GraphQL:MaxAliases</c> aliases, and its response at most <c>GraphQL:MaxResponseItems</c> list
/// items (CMS users: the <c>Cms…</c> limits, higher), each refused with its own code before any SQL
/// runs; what embedding sites send stays well inside.
/// </summary>
public partial class OperationLimitsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string RootFields = "MAX_ROOT_FIELDS_LIMIT";
    private const string Aliases = "MAX_ALIASES_LIMIT";
    private const string ResponseItems = "MAX_RESPONSE_ITEMS_LIMIT";

    /// <summary>50 ideas, their themes (5 each, the guess for a plain list), 40 ideas of each: 10,300 items (complexity about 20,600, inside its limit).</summary>
    private const string ThemesIdeas = "{ ideas(first: 50) { nodes { themes { ideas(first: 40) { nodes { id } } } } } }";

    private static string AliasesOf(int count, string field) =>
        "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: {field}")) + " }";

    private static string[] Codes(JsonObject response) =>
        response["errors"]?.AsArray().Select(e => e!["extensions"]!["code"]!.GetValue<string>()).ToArray() ?? [];

    private async Task<(JsonObject Response, int Statements)> PostCountingAsync(string query, object? variables = null, Role? role = null)
    {
        await api.PostAsync("{ __typename }");
        using var counter = new SqlStatementCounter(api.Database.Name);
        var response = await api.PostAsync(query, variables, role);
        return (response, counter.Statements.Count);
    }

    private static void AssertAnswered(JsonObject response) => Assert.True(response["errors"] is null, response.ToJsonString());

    [Fact]
    public async Task The_issues_300_aliases_of_a_page_of_50_ideas_are_refused_before_any_SQL_runs()
    {
        var (response, statements) = await PostCountingAsync(AliasesOf(300, "ideas(first: 50) { nodes { title } }"));

        Assert.Equal([RootFields, Aliases], Codes(response));
        Assert.Null(response["data"]);
        Assert.Equal(0, statements);
        var messages = response["errors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>()).ToArray();
        Assert.Contains("300 root fields", messages[0]);
        Assert.Contains("at most 20", messages[0]);
        Assert.Contains("300 aliased fields", messages[1]);
        Assert.Contains("at most 30", messages[1]);
    }

    [Fact]
    public async Task Five_thousand_aliases_of_typename_are_refused()
    {
        using var client = api.CreateClient();
        var response = await client.PostAsync(new { query = AliasesOf(5_000, "__typename") }, GraphQLHttp.GraphQLResponse);

        await response.AssertStatusAsync(System.Net.HttpStatusCode.BadRequest);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal([RootFields, Aliases], Codes(body));
    }

    [Fact]
    public async Task Root_fields_are_counted_through_fragments_by_response_name()
    {
        string Fragment(int names) => "fragment F on Query { " + string.Join(" ", Enumerable.Range(0, names).Select(i => $"t{i}: __typename")) + " }";

        var over = await api.PostAsync("{ ...F } " + Fragment(21));
        var twice = await api.PostAsync("{ ...F ... on Query { ...F } } " + Fragment(15)); // 15 root fields, 30 aliases

        Assert.Equal([RootFields], Codes(over));
        AssertAnswered(twice);
    }

    [Fact]
    public async Task Aliases_are_counted_at_each_spread_of_their_fragment()
    {
        // 16 aliases in the fragment, spread under two aliased root fields: 2 + 2 × 16 = 34 aliases in the response.
        var fragment = "fragment T on Idea { " + string.Join(" ", Enumerable.Range(0, 16).Select(i => $"t{i}: title")) + " }";

        var twice = await api.PostAsync("{ a: ideas(first: 1) { nodes { ...T } } b: ideas(first: 1) { nodes { ...T } } } " + fragment);
        var once = await api.PostAsync("{ a: ideas(first: 1) { nodes { ...T } } } " + fragment);

        Assert.Equal([Aliases], Codes(twice));
        Assert.Contains("34 aliased fields", twice["errors"]![0]!["message"]!.GetValue<string>());
        AssertAnswered(once);
    }

    [Fact]
    public async Task A_response_of_more_items_than_the_limit_is_refused_before_any_SQL_runs()
    {
        var (response, statements) = await PostCountingAsync(ThemesIdeas);

        Assert.Equal([ResponseItems], Codes(response));
        Assert.Contains("10300 list items", response["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Contains("at most 7500", response["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(0, statements);
    }

    [Fact]
    public async Task The_item_bound_is_checked_again_with_the_variables_of_each_request()
    {
        // n + 5n + 5n² items: 560 for n = 10, 12,800 for n = 50.
        const string query = "query Page($n: Int) { ideas(first: $n) { nodes { id themes { name ideas(first: $n) { nodes { id } } } } } }";
        AssertAnswered(await api.PostAsync(query, new { n = 10 }));
        AssertAnswered(await api.PostAsync(query, new { n = 10 }));

        var (large, statements) = await PostCountingAsync(query, new { n = 50 });

        Assert.Equal([ResponseItems], Codes(large));
        Assert.Equal(0, statements);
        AssertAnswered(await api.PostAsync(query, new { n = 20 })); // 2,120
    }

    [Fact]
    public async Task CMS_users_have_higher_limits_also_for_a_document_they_cached()
    {
        var thirty = AliasesOf(30, "__typename");

        AssertAnswered(await api.PostAsync(ThemesIdeas, role: Role.Editor));
        AssertAnswered(await api.PostAsync(ThemesIdeas, role: Role.Editor));
        AssertAnswered(await api.PostAsync(thirty, role: Role.Editor));

        Assert.Equal([ResponseItems], Codes(await api.PostAsync(ThemesIdeas)));
        Assert.Equal([RootFields], Codes(await api.PostAsync(thirty)));
        AssertAnswered(await api.PostAsync(ThemesIdeas, role: Role.Admin));
        Assert.Equal([RootFields, Aliases], Codes(await api.PostAsync(AliasesOf(101, "__typename"), role: Role.Admin)));
    }

    [Theory]
    [InlineData("a page of 50 ideas with their themes and table (bench Q1)", "{ ideas(first: 50) { nodes { id title supportCount themes { name } table { title } } } }")]
    [InlineData("three lists of 50 on one page", """
        {
          ideas(first: 50) { totalCount nodes { id title themes { name parent { name } } table { title } dialogue { title } } }
          stories(first: 50) { totalCount nodes { id title kind themes { name } } }
          themes(first: 50) { nodes { name children { name } } }
          ideaStatistics(by: [TOP_THEME, ACTOR]) { count keys { label } }
        }
        """)]
    public async Task Legitimate_embeds_stay_inside_the_limits(string what, string query)
    {
        var response = await api.PostAsync(query);

        Assert.True(response["errors"] is null, what + ": " + response.ToJsonString());
    }

    [Fact]
    public async Task The_introspection_query_of_the_ide_passes()
    {
        AssertAnswered(await api.PostAsync(IntrospectionQuery.BananaCakePop, operationName: "IntrospectionQuery"));
    }

    [Fact]
    public async Task Introspection_costs_by_the_size_of_the_schema_so_aliases_of_it_are_refused()
    {
        // Introspection cost nothing, so 20 aliases of the schema's types were accepted: 20 answers of about
        // 300 KB in one request, 100 ms each (bench/attack/under-load). Now each costs about 9,000.
        const string schema = "__schema { types { name kind fields(includeDeprecated: true) { name args { name type { name kind ofType { name kind } } } type { name kind ofType { name kind ofType { name } } } } } }";

        var once = await api.PostAsync("{ " + schema + " }");
        var many = await api.PostAsync(AliasesOf(12, schema));

        AssertAnswered(once);
        Assert.Equal(["COMPLEXITY"], Codes(many));
    }

    [Fact]
    public async Task The_example_queries_of_the_README_pass()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "README.md"));
        var block = GraphQLBlock().Match(readme).Groups[1].Value;
        var queries = Regex.Split(block, @"^\s*#.*$", RegexOptions.Multiline).Select(q => q.Trim()).Where(q => q.Length > 0).ToList();

        Assert.True(queries.Count >= 5, block);
        foreach (var query in queries) AssertAnswered(await api.PostAsync(query));
    }

    [Theory]
    [InlineData("q1")]
    [InlineData("q2")]
    [InlineData("q2-nosearch")]
    [InlineData("q3")]
    [InlineData("q4")]
    public async Task The_bench_queries_pass(string name)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "bench", "queries", "ours", name + ".graphql"));
        object? variables = name switch
        {
            "q2" => new { theme = "wonen", search = "fiets" },
            "q2-nosearch" => new { theme = "wonen" },
            "q4" => new { id = GlobalId.Encode("Idea", 1) },
            _ => null,
        };

        var response = await api.PostAsync(query, variables);

        AssertAnswered(response);
    }

    [GeneratedRegex(@"^## Example queries\s+```graphql\n(.*?)```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex GraphQLBlock();
}
