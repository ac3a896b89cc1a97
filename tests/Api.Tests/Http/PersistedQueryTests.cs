using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>
/// Apollo's automatic persisted queries (APQ): the server keeps no queries yet, so a request with only
/// <c>extensions.persistedQuery.sha256Hash</c> is answered as Apollo Server answers an unknown hash, and the
/// client sends the query again with its text. Found in a ministry developer's trial: such requests got
/// <c>QUERY_MISSING</c>, so Apollo Client never sent the query.
/// </summary>
public sealed class PersistedQueryTests(GraphQLTestHostFixture fixture) : IClassFixture<GraphQLTestHostFixture>
{
    private const string Query = "{ hello }";

    private readonly HttpClient _client = fixture.Client;

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static string GetUrl(string? query, string hash) =>
        "/graphql?" + (query is null ? "" : "query=" + Uri.EscapeDataString(query) + "&")
        + "extensions=" + Uri.EscapeDataString("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}");

    private static async Task AssertNotFoundAsync(HttpResponseMessage response)
    {
        await response.AssertStatusAsync(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("PersistedQueryNotFound", body.FirstErrorMessage());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", body.FirstErrorCode());
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData(GraphQLHttp.GraphQLResponse)]
    [InlineData("application/json")]
    public async Task A_hash_without_a_query_is_PersistedQueryNotFound_over_POST(string accept)
    {
        var response = await _client.PostAsync(new { extensions = Extensions(Sha256(Query)) }, accept);

        await AssertNotFoundAsync(response);
    }

    [Theory]
    [InlineData(GraphQLHttp.GraphQLResponse)]
    [InlineData("application/json")]
    public async Task A_hash_without_a_query_is_PersistedQueryNotFound_over_GET(string accept)
    {
        var response = await _client.GetAsync(GetUrl(null, Sha256(Query)), accept);

        await AssertNotFoundAsync(response);
    }

    [Fact]
    public async Task A_hash_with_its_query_runs_the_query_over_POST_and_GET()
    {
        var post = await _client.PostAsync(new { query = Query, extensions = Extensions(Sha256(Query)) });
        var get = await _client.GetAsync(GetUrl(Query, Sha256(Query)), GraphQLHttp.GraphQLResponse);

        foreach (var response in new[] { post, get })
        {
            await response.AssertStatusAsync(HttpStatusCode.OK);
            Assert.Equal("Hello, world!", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("hello").GetString());
        }
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("not a hash")]
    public async Task A_hash_that_is_not_the_SHA256_of_the_query_is_refused_over_POST_and_GET(string hash)
    {
        var post = await _client.PostAsync(new { query = Query, extensions = Extensions(hash) });
        var get = await _client.GetAsync(GetUrl(Query, hash), GraphQLHttp.GraphQLResponse);

        foreach (var response in new[] { post, get })
        {
            await response.AssertStatusAsync(HttpStatusCode.BadRequest);
            var body = await response.ReadJsonAsync();
            Assert.Equal("provided sha does not match query", body.FirstErrorMessage());
            Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", body.FirstErrorCode());
            Assert.False(body.TryGetProperty("data", out _));
        }
    }

    [Fact]
    public async Task The_hash_is_of_the_query_text_as_sent_in_lower_case_hex()
    {
        const string spaced = "{\n  hello\n}\n";
        var exact = await _client.PostAsync(new { query = spaced, extensions = Extensions(Sha256(spaced)) });
        var reformatted = await _client.PostAsync(new { query = spaced, extensions = Extensions(Sha256(Query)) });

        await exact.AssertStatusAsync(HttpStatusCode.OK);
        await reformatted.AssertStatusAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("""{"query":"{ hello }","extensions":{"persistedQuery":"abc"}}""")]
    [InlineData("""{"query":"{ hello }","extensions":{"persistedQuery":{"version":1,"sha256Hash":5}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1}}}""")]
    public async Task A_malformed_persistedQuery_extension_is_a_400(string body)
    {
        var response = await _client.PostRawAsync(body, "application/json");

        await response.AssertStatusAsync(HttpStatusCode.BadRequest);
        Assert.Equal("INVALID_PARAMETER", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Without_a_persistedQuery_extension_a_missing_query_is_still_QUERY_MISSING()
    {
        var response = await _client.PostAsync(new { extensions = new { some = "value" } });

        await response.AssertStatusAsync(HttpStatusCode.BadRequest);
        Assert.Equal("QUERY_MISSING", (await response.ReadJsonAsync()).FirstErrorCode());
    }
}
