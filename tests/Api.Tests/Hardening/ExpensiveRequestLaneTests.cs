using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialoogtafels.Api.Tests.Hardening;

/// <summary>
/// Attackers sending the heaviest requests the limits accept slowed normal traffic many times over (issue 13 §2,
/// bench/attack/under-load): every such request ran at once, each with two connections. Now expensive requests
/// (complexity from GraphQL:ExpensiveComplexity) take turns in a lane of GraphQL:MaxExpensiveRequests, each with one
/// connection; cheaper requests pass by, and with the queue full an expensive one is answered 503 SERVER_BUSY.
/// </summary>
public class ExpensiveRequestLaneTests(ExpensiveRequestLaneTests.Factory api) : IClassFixture<ExpensiveRequestLaneTests.Factory>
{
    /// <summary>The API with a lane of one, no queue and no rest, from a complexity of 1,000 (one search term), and a <see cref="ConnectionWatch"/>.</summary>
    public sealed class Factory : ApiFactory
    {
        public ConnectionWatch Watch { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:ExpensiveComplexity", "1000");
            builder.UseSetting("GraphQL:MaxExpensiveRequests", "1");
            builder.UseSetting("GraphQL:ExpensiveRequestQueue", "0");
            builder.UseSetting("GraphQL:ExpensiveShare", "1");
            builder.ConfigureServices(services => services.ConfigureDbContext<DialoogtafelsDbContext>(options => options.AddInterceptors(Watch)));
        }
    }

    private static string Slow(string word) => $$"""{ ideas(search: "traagheid {{word}}", first: 5) { nodes { title } } }""";

    private async Task<HttpResponseMessage> PostAsync(string query)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await client.SendAsync(request);
    }

    private async Task WaitForOpenConnectionsAsync()
    {
        var waited = Stopwatch.StartNew();
        while (api.Watch.Open < 1 && waited.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(10);
        Assert.True(api.Watch.Open >= 1, "the expensive request opened no connection");
    }

    [Fact]
    public async Task With_the_lane_taken_an_expensive_request_is_503_and_a_cheap_one_answers()
    {
        var cached = Slow("twee");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(cached)).StatusCode); // now cached, its complexity kept on the entry
        api.Watch.Reset(slowMarker: "traagheid", slowDelay: TimeSpan.FromSeconds(2));
        var first = PostAsync(Slow("een"));
        await WaitForOpenConnectionsAsync();

        using var busy = await PostAsync(Slow("drie"));
        using var busyCached = await PostAsync(cached);
        var clock = Stopwatch.StartNew();
        using var cheap = await PostAsync("{ dialogues(first: 3) { nodes { title } } }");
        var cheapTook = clock.Elapsed;
        using var firstDone = await first;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.True(int.Parse(busy.Headers.GetValues("Retry-After").Single()) >= 1);
        var body = JsonNode.Parse(await busy.Content.ReadAsStringAsync())!;
        Assert.Equal("SERVER_BUSY", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(body["data"]);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busyCached.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cheap.StatusCode);
        Assert.True(cheapTook < TimeSpan.FromSeconds(1.5), $"the cheap request took {cheapTook}");
        Assert.Equal(HttpStatusCode.OK, firstDone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Slow("vier"))).StatusCode); // the lane is free again
    }

    [Fact]
    public async Task An_expensive_request_holds_one_connection()
    {
        api.Watch.Reset(openDelay: TimeSpan.FromMilliseconds(50));
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 10).Select(i => $$"""a{{i}}: ideas(search: "fiets {{i}}", first: 5) { totalCount nodes { title } }""")) + " }";

        using var response = await PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, api.Watch.Peak);
    }
}
