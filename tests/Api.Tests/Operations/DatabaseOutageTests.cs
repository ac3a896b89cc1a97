using System.Net;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Operations;

/// <summary>
/// While PostgreSQL cannot be reached, every endpoint that needs it answers 503 with <c>Retry-After</c> and the
/// code <c>DATABASE_UNAVAILABLE</c>: never a 500, never an "Unexpected Execution Error".
/// </summary>
public class DatabaseOutageTests : IClassFixture<DatabaseOutageTests.DownApi>
{
    private readonly DownApi api;

    public DatabaseOutageTests(DownApi api) => this.api = api;

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task A_query_answers_503_DATABASE_UNAVAILABLE(string accept)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ a: ideas(first: 2) { totalCount } b: dialogue(slug: \"x\") { title } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("DATABASE_UNAVAILABLE", (string?)e!["extensions"]!["code"]));
    }

    [Theory]
    [InlineData("/export/ideas.csv")]
    [InlineData("/export/stories.jsonl")]
    [InlineData("/reports/programma")]
    public async Task Exports_and_reports_answer_503_DATABASE_UNAVAILABLE(string path)
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("DATABASE_UNAVAILABLE", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    /// <summary>The API with a database that cannot be reached.</summary>
    public sealed class DownApi() : DatabaseApi(Unreachable);
}
