using System.Text.Json.Nodes;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Hardening;

/// <summary>
/// The hostile trial's request (100 aliases of a 500-character <c>or</c> search) cost as little as
/// 100 short lists in the complexity analysis, and analysis fields as little as a list of 5. Now a
/// search costs by its terms and an analysis field by the slice it reads, so such requests are
/// refused with <c>COMPLEXITY</c> before any SQL runs, while normal embeds stay well inside the limit.
/// The root field and alias limits, which now refuse such requests first (<c>OperationLimitsTests</c>),
/// are off here, so that these tests see the cost model alone.
/// </summary>
public class CostModelTests(CostModelTests.Factory api) : IClassFixture<CostModelTests.Factory>
{
    /// <summary>The API without the root field and alias limits.</summary>
    public sealed class Factory : ApiFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:MaxRootFields", "0");
            builder.UseSetting("GraphQL:MaxAliases", "0");
        }
    }

    private static readonly string[] Words =
        ["fiets", "wonen", "groen", "school", "zorg", "werk", "buurt", "park", "water", "energie", "jongeren", "ouderen", "cultuur", "sport"];

    /// <summary>A search text of about <paramref name="length"/> characters: words joined by <c>or</c>.</summary>
    private static string LongOrSearch(int length)
    {
        var text = Words[0];
        for (var i = 1; text.Length + 4 + Words[i % Words.Length].Length <= length; i++) text += " or " + Words[i % Words.Length];
        return text;
    }

    private static string Aliases(int count, string field) =>
        "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: {field}")) + " }";

    private static string? Code(JsonObject response) => response["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private async Task<(JsonObject Response, int Statements)> PostCountingAsync(string query, object? variables = null)
    {
        await api.PostAsync("{ __typename }");
        using var counter = new SqlStatementCounter(api.Database.Name);
        var response = await api.PostAsync(query, variables);
        return (response, counter.Statements.Count);
    }

    [Fact]
    public async Task Many_aliases_of_a_long_or_search_are_refused_before_any_SQL_runs()
    {
        var search = LongOrSearch(500);
        Assert.InRange(search.Length, 480, 500);

        var (response, statements) = await PostCountingAsync(Aliases(100, $$"""ideas(search: "{{search}}", first: 50) { totalCount nodes { title } }"""));

        Assert.Equal("COMPLEXITY", Code(response));
        Assert.Null(response["data"]);
        Assert.Equal(0, statements);
    }

    [Fact]
    public async Task A_long_search_in_a_variable_is_priced_too_also_when_the_document_is_cached()
    {
        const string query = "query($s: String) { a: ideas(search: $s, first: 5) { totalCount } b: ideas(search: $s, first: 5) { totalCount } }";
        var (first, _) = await PostCountingAsync(query, new { s = "fiets" });
        Assert.True(first["errors"] is null, first.ToJsonString());

        var many = Aliases(30, """ideas(search: $s, first: 5) { totalCount }""").Replace("{ a0", "query($s: String) { a0");
        var (cheap, _) = await PostCountingAsync(many, new { s = "fiets" });
        Assert.True(cheap["errors"] is null, cheap.ToJsonString());
        var (dear, statements) = await PostCountingAsync(many, new { s = LongOrSearch(500) });
        Assert.Equal("COMPLEXITY", Code(dear));
        Assert.Equal(0, statements);
    }

    [Theory]
    [InlineData("ideaStatistics(by: [TOP_THEME, ACTOR]) { count }")]
    [InlineData("ideaCoOccurrence { count }")]
    [InlineData("ideaCharacteristicTerms(first: 5) { term }")]
    public async Task Many_aliases_of_an_analysis_field_are_refused_before_any_SQL_runs(string field)
    {
        var (response, statements) = await PostCountingAsync(Aliases(100, field));

        Assert.Equal("COMPLEXITY", Code(response));
        Assert.Equal(0, statements);
    }

    [Theory]
    [InlineData("fiets", 1, 1)]
    [InlineData("fiets groen", 2, 1)]
    [InlineData("fiets or groen OR school", 3, 3)]
    [InlineData("\"fiets pad\" -auto", 3, 1)]
    [InlineData("or fiets or", 1, 1)]
    [InlineData("  ", 0, 1)]
    public void A_search_counts_its_terms_and_or_branches(string text, int terms, int branches) =>
        Assert.Equal((terms, branches), global::Dialoogtafels.Api.Data.Querying.QueryCost.SearchTerms(text));

    [Fact]
    public async Task Normal_embeds_stay_well_inside_the_limit()
    {
        // A page of 50 ideas with their themes, three lists on one page (one with a search), and the
        // programme's figures: what a ministry page shows.
        const string page = """
            {
              ideas(first: 50, search: "fiets groen") { totalCount nodes { id title supportCount themes { name } table { title } } }
              stories(first: 50) { totalCount nodes { id title kind themes { name } } }
              dialogues(first: 20) { nodes { title tables(first: 10) { nodes { title } } } }
              ideaStatistics(by: [TOP_THEME, ACTOR]) { count keys { label } }
              ideaCharacteristicTerms(first: 10) { term score }
            }
            """;

        var response = await api.PostAsync(page);

        Assert.True(response["errors"] is null, response.ToJsonString());
    }
}
