using System.Net;
using System.Text.Json.Nodes;

namespace Dialoogtafels.Api.Tests.Export;

/// <summary>
/// Text that PostgreSQL cannot store (a NUL character, an unpaired UTF-16 surrogate) is refused by the exports
/// with 400 and code <c>INVALID_VALUE</c>, as <c>/graphql</c> refuses it (<c>TextGraphType</c>), before any
/// statement is sent; and a refused export leaves the (single) pooled connection usable.
/// </summary>
public class ExportTextInputTests(PoolOfOneApiFactory api) : IClassFixture<PoolOfOneApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => OpenDataTestData.AddAsync(api.Database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/export/stories.jsonl?search=%00")]
    [InlineData("/export/ideas.csv?search=fiets%00")]
    [InlineData("/export/ideas.csv?where=%7B%22title%22%3A%7B%22contains%22%3A%22%5Cud800%22%7D%7D")]
    [InlineData("/export/ideas.jsonl?where=%7B%22title%22%3A%7B%22contains%22%3A%22a%5Cu0000b%22%7D%7D")]
    [InlineData("/export/stories.csv?where=%7B%22dialogue%22%3A%7B%22title%22%3A%7B%22in%22%3A%5B%22x%22%2C%22%5Cudc00%22%5D%7D%7D%7D")]
    public async Task Text_that_PostgreSQL_cannot_store_is_a_400_with_code_INVALID_VALUE(string path)
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray().Single()!;
        Assert.Equal("INVALID_VALUE", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("NUL", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task After_a_NUL_search_the_same_search_statement_still_works()
    {
        // The second run of a statement is the one Npgsql prepares (Auto Prepare Min Usages=2); a NUL that
        // reached PostgreSQL in that run (error 22021 at Bind) left the prepared statement half-known, and
        // the next run failed with "Received unexpected backend message DataRow".
        using var client = api.CreateClient();
        foreach (var (search, status) in new[] { ("fiets", HttpStatusCode.OK), ("%00", HttpStatusCode.BadRequest), ("fiets", HttpStatusCode.OK), ("fiets", HttpStatusCode.OK) })
        {
            using var response = await client.GetAsync($"/export/stories.jsonl?search={search}");
            Assert.Equal(status, response.StatusCode);
            if (status == HttpStatusCode.OK) Assert.Contains(OpenDataTestData.AwkwardTitles[0].Split(' ')[0], await response.Content.ReadAsStringAsync());
        }
    }
}
