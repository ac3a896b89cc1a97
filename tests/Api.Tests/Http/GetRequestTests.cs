using System.Net;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>GET /graphql with query-string parameters (graphql-over-http draft, "GET").</summary>
public sealed class GetRequestTests(GraphQLTestHostFixture fixture) : IClassFixture<GraphQLTestHostFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Query_is_executed()
    {
        var response = await _client.GetAsync(GraphQLHttp.Query("{ hello }"), GraphQLHttp.GraphQLResponse);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(GraphQLHttp.GraphQLResponse, response.MediaType());
        Assert.Equal("Hello, world!", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Variables_and_operation_name_are_json_parameters()
    {
        var url = GraphQLHttp.Query("query A { a: hello } query B($name: String) { b: hello(name: $name) }")
            + "&operationName=B&variables=" + Uri.EscapeDataString("""{"name":"Tafel"}""")
            + "&extensions=" + Uri.EscapeDataString("""{"some":"value"}""");

        var response = await _client.GetAsync(url, "application/json");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("Hello, Tafel!", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("b").GetString());
    }

    [Theory]
    [InlineData(GraphQLHttp.GraphQLResponse)]
    [InlineData("application/json")]
    public async Task Mutation_is_405_with_allow_post(string accept)
    {
        var response = await _client.GetAsync(GraphQLHttp.Query("mutation { echo(text: \"hoi\") }"), accept);

        await response.AssertStatusAsync(HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        var body = await response.ReadJsonAsync();
        Assert.Equal("HTTP_METHOD_NOT_ALLOWED", body.FirstErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("/graphql", "QUERY_MISSING")]
    [InlineData("/graphql?query={hello}&query={hello}", "INVALID_PARAMETER")]
    [InlineData("/graphql?query={hello}&variables=[7]", "INVALID_PARAMETER")]
    [InlineData("/graphql?query={hello}&variables={nope", "JSON_INVALID")]
    [InlineData("/graphql?query={hello}&extensions=\"x\"", "INVALID_PARAMETER")]
    public async Task Bad_parameters_are_400(string url, string code)
    {
        var response = await _client.GetAsync(url, GraphQLHttp.GraphQLResponse);

        await response.AssertStatusAsync(HttpStatusCode.BadRequest);
        Assert.Equal(code, (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Sdl_is_the_printed_schema_as_plain_text()
    {
        var response = await _client.GetAsync("/graphql?sdl", accept: null);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/plain", response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Query {", sdl);
        Assert.Contains("hello(name: String): String", sdl);
        Assert.Contains("type Mutation {", sdl);
    }
}
