using System.Net;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Export;

/// <summary>
/// The query parameters of the exports: <c>where</c>, <c>search</c> and <c>order</c> (the JSON of the list
/// field's <c>order</c> argument, with the id as the last tiebreaker); any other is a 400
/// <c>EXPORT_UNKNOWN_PARAMETER</c>. <c>HEAD</c> answers the headers of <c>GET</c> without a body or a query.
/// </summary>
public class ExportParameterTests(OpenDataApiFactory api) : IClassFixture<OpenDataApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => OpenDataTestData.AddAsync(api.Database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("ideas", "orderBy=title")]
    [InlineData("ideas", "first=10")]
    [InlineData("stories", "where=%7B%7D&sort=title")]
    [InlineData("stories", "search=fiets&format=csv")]
    public async Task An_unknown_parameter_is_a_400(string export, string query)
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync($"/export/{export}.csv?{query}");
        var error = await ErrorAsync(response);
        Assert.Equal("EXPORT_UNKNOWN_PARAMETER", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("order", error["message"]!.GetValue<string>()); // names the parameters there are
    }

    [Theory]
    [InlineData("ideas", """[{"supportCount":"DESC"},{"title":"ASC"}]""")]
    [InlineData("ideas", """{"title":"DESC"}""")]
    [InlineData("ideas", """[{"dialogue":{"title":"ASC"}},{"createdAt":"DESC"}]""")]
    [InlineData("ideas", """[{"table":{"title":"DESC"}}]""")]
    [InlineData("stories", """[{"kind":"DESC"},{"title":"ASC"}]""")]
    public async Task Order_sorts_as_the_graphql_order_argument_does(string export, string order)
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync($"/export/{export}.jsonl?order={Uri.EscapeDataString(order)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonNode.Parse(l)!["id"]!.GetValue<string>()).ToList();

        var type = export == "ideas" ? "IdeaSortInput" : "StorySortInput";
        var listed = new List<string>();
        string? after = null;
        do
        {
            var result = await api.PostAsync(
                $"query($order: [{type}!], $after: String) {{ {export}(first: 50, after: $after, order: $order) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ id }} }} }}",
                new { order = JsonNode.Parse(order), after });
            Assert.True(result["errors"] is null, result.ToJsonString());
            var connection = result["data"]![export]!;
            listed.AddRange(connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            after = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? connection["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.True(ids.Count > 2);
        Assert.Equal(listed, ids);
    }

    [Theory]
    [InlineData("order=%5B", "JSON_INVALID")]
    [InlineData("order=%7B%22nope%22%3A%22ASC%22%7D", "ORDER_INVALID")]
    [InlineData("order=%5B%7B%22title%22%3A%22UP%22%7D%5D", "ORDER_INVALID")]
    [InlineData("order=%5Bnull%5D", "ORDER_INVALID")]
    [InlineData("order=%5B%5D&order=%5B%5D", "INVALID_PARAMETER")]
    public async Task A_bad_order_is_a_400(string query, string code)
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync($"/export/ideas.csv?{query}");
        Assert.Equal(code, (await ErrorAsync(response))["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("ideas.csv")]
    [InlineData("stories.jsonl")]
    public async Task Head_answers_the_headers_of_get_without_a_body_and_without_a_query(string file)
    {
        using var client = api.CreateClient();
        using var get = await client.GetAsync($"/export/{file}?search=fiets");
        await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/export/{file}?search=fiets")); // warm-up
        using var counter = new SqlStatementCounter(api.Database.Name);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/export/{file}?search=fiets"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.ContentDisposition, head.Content.Headers.ContentDisposition);
        Assert.Equal(get.Headers.GetValues("X-Content-Type-Options"), head.Headers.GetValues("X-Content-Type-Options"));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Empty(counter.Statements);

        using var bad = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/export/{file}?nope=1"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static async Task<JsonNode> ErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray().Single()!;
    }
}
