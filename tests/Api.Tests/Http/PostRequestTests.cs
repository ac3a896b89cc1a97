using System.Net;
using System.Text.Json;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>POST /graphql with a JSON body (graphql-over-http draft, "POST" and "Request Parameters").</summary>
public sealed class PostRequestTests(GraphQLTestHostFixture fixture) : IClassFixture<GraphQLTestHostFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Query_is_executed_and_answered_as_graphql_response_json()
    {
        var response = await _client.PostAsync(new { query = "{ hello }" });

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(GraphQLHttp.GraphQLResponse, response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Variables_operation_name_and_extensions_are_used()
    {
        var response = await _client.PostAsync(new
        {
            query = "query A { a: hello } query B($name: String) { b: hello(name: $name) }",
            operationName = "B",
            variables = new { name = "Tafel" },
            extensions = new { some = "value" },
        });

        var body = await response.ReadJsonAsync();
        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("Hello, Tafel!", body.GetProperty("data").GetProperty("b").GetString());
    }

    [Fact]
    public async Task Mutation_is_executed()
    {
        var response = await _client.PostAsync(new { query = "mutation { echo(text: \"hoi\") }" });

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("hoi", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo").GetString());
    }

    [Theory]
    [InlineData("{ \"query\": ")]
    [InlineData("NONSENSE")]
    [InlineData("")]
    public async Task Malformed_json_is_400(string body)
    {
        foreach (var accept in new[] { GraphQLHttp.GraphQLResponse, "application/json" })
        {
            var response = await _client.PostRawAsync(body, "application/json", accept);

            await response.AssertStatusAsync(HttpStatusCode.BadRequest);
            var json = await response.ReadJsonAsync();
            Assert.Equal("JSON_INVALID", json.FirstErrorCode());
            Assert.False(json.TryGetProperty("data", out _));
        }
    }

    [Theory]
    [InlineData("""{"query": 1}""", "INVALID_PARAMETER")]
    [InlineData("""{"query": {"obj": "ect"}}""", "INVALID_PARAMETER")]
    [InlineData("""{"qeury": "{ hello }"}""", "QUERY_MISSING")]
    [InlineData("""{"query": "{ hello }", "operationName": false}""", "INVALID_PARAMETER")]
    [InlineData("""{"query": "{ hello }", "variables": [7]}""", "INVALID_PARAMETER")]
    [InlineData("""{"query": "{ hello }", "variables": "{}"}""", "INVALID_PARAMETER")]
    [InlineData("""{"query": "{ hello }", "extensions": 0}""", "INVALID_PARAMETER")]
    [InlineData("""[{"query": "{ hello }"}]""", "BATCHED_REQUESTS_NOT_SUPPORTED")]
    [InlineData("\"{ hello }\"", "INVALID_PARAMETER")]
    public async Task Invalid_parameters_are_400(string body, string code)
    {
        var response = await _client.PostRawAsync(body, "application/json", "application/json");

        await response.AssertStatusAsync(HttpStatusCode.BadRequest);
        Assert.Equal(code, (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Null_optional_parameters_are_allowed()
    {
        var response = await _client.PostRawAsync(
            """{"query": "{ hello }", "operationName": null, "variables": null, "extensions": null}""", "application/json");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.False((await response.ReadJsonAsync()).TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task Unsupported_content_type_is_415(string? contentType)
    {
        var response = await _client.PostRawAsync("""{"query": "{ hello }"}""", contentType);

        await response.AssertStatusAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("INVALID_CONTENT_TYPE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Json_with_utf8_charset_and_non_ascii_text_is_accepted()
    {
        var response = await _client.PostRawAsync(
            JsonSerializer.Serialize(new { query = "{ hello(name: \"Zoë 🏃\") }" }), "application/json; charset=utf-8");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("Hello, Zoë 🏃!", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Resolvers_get_the_request_services()
    {
        var first = await (await _client.PostAsync(new { query = "{ a: requestId b: requestId }" })).ReadJsonAsync();
        var second = await (await _client.PostAsync(new { query = "{ a: requestId }" })).ReadJsonAsync();

        var a = first.GetProperty("data").GetProperty("a").GetString();
        Assert.Equal(a, first.GetProperty("data").GetProperty("b").GetString());
        Assert.NotEqual(a, second.GetProperty("data").GetProperty("a").GetString());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_with_allow_get_and_post(string method)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        await response.AssertStatusAsync(HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
        Assert.Equal("HTTP_METHOD_NOT_ALLOWED", (await response.ReadJsonAsync()).FirstErrorCode());
    }
}
