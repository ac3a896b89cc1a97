using System.Net;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>
/// Request errors: 400 without <c>data</c> for graphql-response+json, 200 for application/json
/// (graphql-over-http draft, "Status Codes").
/// </summary>
public sealed class StatusCodeTests(GraphQLTestHostFixture fixture) : IClassFixture<GraphQLTestHostFixture>
{
    private readonly HttpClient _client = fixture.Client;

    public static TheoryData<string, object?, string> RequestErrors => new()
    {
        { "{ doesNotExist }", null, "FIELDS_ON_CORRECT_TYPE" },
        { "{", null, "SYNTAX_ERROR" },
        { "query Q($name: String!) { hello(name: $name) }", new { name = (string?)null }, "INVALID_VALUE" },
        { "query A { hello } query B { hello }", null, "NO_OPERATION_NAME" },
    };

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task Request_errors_are_400_without_data_for_graphql_response_json(string query, object? variables, string code)
    {
        var response = await _client.PostAsync(new { query, variables });

        await response.AssertStatusAsync(HttpStatusCode.BadRequest);
        Assert.Equal(GraphQLHttp.GraphQLResponse, response.MediaType());
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(code, body.FirstErrorCode());
    }

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task Request_errors_are_200_for_application_json(string query, object? variables, string code)
    {
        var response = await _client.PostAsync(new { query, variables }, "application/json");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("application/json", response.MediaType());
        Assert.Equal(code, (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Field_errors_keep_200_and_data()
    {
        var response = await _client.PostAsync(new { query = "{ hello boom }" });

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("boom", body.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }
}
