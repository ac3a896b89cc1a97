using System.Net;
using System.Text;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>Body size, depth and complexity limits (GraphQL:MaxRequestBytes, GraphQL:MaxDepth, GraphQL:MaxComplexity).</summary>
public sealed class RequestLimitsTests(GraphQLTestHostFixture fixture) : IClassFixture<GraphQLTestHostFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Depth_up_to_the_default_of_15_is_allowed()
    {
        var response = await _client.PostAsync(new { query = NestedTree(15) });

        await response.AssertStatusAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(GraphQLHttp.GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Too_deep_is_a_validation_error(string accept, HttpStatusCode status)
    {
        var response = await _client.PostAsync(new { query = NestedTree(16) }, accept);

        await response.AssertStatusAsync(status);
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("COMPLEXITY", body.FirstErrorCode());
        Assert.Contains("too nested", body.FirstErrorMessage());
    }

    [Fact]
    public async Task Too_complex_is_a_validation_error()
    {
        // 100 × 100 × 100 leaf fields: far over the default of 20 000.
        var query = "{ tree { children(first: 100) { children(first: 100) { children(first: 100) { level } } } } }";

        var response = await _client.PostAsync(new { query });

        await response.AssertStatusAsync(HttpStatusCode.BadRequest);
        var body = await response.ReadJsonAsync();
        Assert.Equal("COMPLEXITY", body.FirstErrorCode());
        Assert.Contains("too complex", body.FirstErrorMessage());
    }

    [Fact]
    public async Task The_introspection_query_of_the_ide_is_allowed()
    {
        var response = await _client.PostAsync(new { query = IntrospectionQuery.BananaCakePop, operationName = "IntrospectionQuery" });

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        var query = "{ hello }" + new string(' ', 256 * 1024);

        var response = await _client.PostAsync(new { query });

        await response.AssertStatusAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("REQUEST_TOO_LARGE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Limits_come_from_configuration()
    {
        await using var host = await GraphQLTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["GraphQL:MaxRequestBytes"] = "100",
            ["GraphQL:MaxDepth"] = "3",
            ["GraphQL:MaxComplexity"] = "10",
        });
        var client = host.CreateClient();

        var large = await client.PostAsync(new { query = "{ hello }" + new string(' ', 100) });
        var deep = await client.PostAsync(new { query = NestedTree(4) });
        var complex = await client.PostAsync(new { query = "{ tree { children(first: 20) { level } } }" });
        var fine = await client.PostAsync(new { query = NestedTree(3) });

        await large.AssertStatusAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("too nested", (await deep.ReadJsonAsync()).FirstErrorMessage());
        Assert.Contains("too complex", (await complex.ReadJsonAsync()).FirstErrorMessage());
        await fine.AssertStatusAsync(HttpStatusCode.OK);
    }

    /// <summary>
    /// <c>{ tree { child { ... level } } }</c>, <paramref name="depth"/> selection sets deep as GraphQL.NET
    /// counts depth: the operation's own selection set is level 1, so <c>{ tree { level } }</c> is 2.
    /// </summary>
    private static string NestedTree(int depth)
    {
        var query = new StringBuilder("{ tree {");
        for (var level = 3; level <= depth; level++) query.Append(" child {");
        return query.Append(" level ").Append(string.Concat(Enumerable.Repeat("} ", depth))).ToString();
    }
}
