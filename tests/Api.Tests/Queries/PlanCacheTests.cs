using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>
/// Statements PostgreSQL can keep a generic plan for. A prepared statement is planned again on every
/// execution while its custom plan looks cheaper than the generic one (PostgreSQL 15 docs, PREPARE,
/// "plan_cache_mode"): so for <c>LIMIT $1</c> (generic estimate: 10 % of the rows) and for
/// <c>= ANY ($1)</c> with fewer than ten keys (generic estimate: ten). The benchmark measured the
/// planning of those two at several times their execution (bench/README.md).
/// </summary>
public class PlanCacheTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => TestData.AddDialogueAsync(api.Database, "plannen", ideas: 3);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<IReadOnlyList<string>> Sql(string query) => api.StatementsOfAsync(query);

    private async Task<string[]> IdeaIdsAsync()
    {
        var data = await api.DataAsync("{ ideas(first: 2) { nodes { id } } }");
        return data["ideas"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToArray();
    }

    [Theory]
    [InlineData("{ ideas(first: 5) { nodes { title } } }", "LIMIT 6")]
    [InlineData("{ ideas(last: 2) { nodes { title } } }", "LIMIT 3")]
    [InlineData("{ ideas(first: 3, search: \"fiets\") { totalCount nodes { title } } }", "LIMIT 4")]
    public async Task A_page_limit_is_a_literal(string query, string limit) =>
        Assert.Contains(await Sql(query), sql => sql.Contains(limit, StringComparison.Ordinal));

    [Fact]
    public async Task One_key_is_loaded_with_equality_not_with_an_array()
    {
        var id = (await IdeaIdsAsync())[0];
        var sql = Assert.Single(await Sql($$"""{ node(id: "{{id}}") { ... on Idea { title } } }"""));
        Assert.DoesNotContain("ANY (", sql);
        Assert.Contains("i.id = ", sql);
    }

    [Fact]
    public async Task Several_keys_are_loaded_in_one_statement_with_an_array()
    {
        var ids = await IdeaIdsAsync();
        var sql = Assert.Single(await Sql($$"""{ a: node(id: "{{ids[0]}}") { ... on Idea { title } } b: node(id: "{{ids[1]}}") { ... on Idea { title } } }"""));
        Assert.Contains("= ANY (", sql);
    }
}
