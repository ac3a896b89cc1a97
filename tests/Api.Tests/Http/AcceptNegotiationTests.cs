using System.Net;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>The response media type follows Accept (graphql-over-http draft, "Response" › "Body").</summary>
public sealed class AcceptNegotiationTests(GraphQLTestHostFixture fixture) : IClassFixture<GraphQLTestHostFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Theory]
    [InlineData(null, GraphQLHttp.GraphQLResponse)]
    [InlineData("application/graphql-response+json", GraphQLHttp.GraphQLResponse)]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json; charset=utf-8", "application/json")]
    [InlineData("application/graphql-response+json, application/json", GraphQLHttp.GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.9", "application/json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json;q=0.8", "application/json")]
    [InlineData("application/json, */*", "application/json")]
    [InlineData("application/graphql-response+json, */*;q=0.1", GraphQLHttp.GraphQLResponse)]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("text/html, application/graphql-response+json;q=0.9", GraphQLHttp.GraphQLResponse)]
    public async Task Response_media_type_is_negotiated(string? accept, string expected)
    {
        var response = await _client.PostAsync(new { query = "{ hello }" }, accept);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(expected, response.MediaType());
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("text/html")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("not a media type")]
    public async Task Nothing_acceptable_is_406(string accept)
    {
        var response = await _client.PostAsync(new { query = "{ hello }" }, accept);

        await response.AssertStatusAsync(HttpStatusCode.NotAcceptable);
        Assert.Equal("NOT_ACCEPTABLE", (await response.ReadJsonAsync()).FirstErrorCode());
    }
}
