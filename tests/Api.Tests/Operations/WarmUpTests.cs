using System.Net;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Operations.WarmUp;
using Dialoogtafels.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Dialoogtafels.Api.Tests.Operations;

/// <summary>
/// The warm-up before readiness (<see cref="WarmUpService"/>): its documents answer without errors on the
/// programme's data, and <c>/health/ready</c> is unhealthy until it has run.
/// </summary>
public class WarmUpTests(WarmUpTests.WarmingApi api) : IClassFixture<WarmUpTests.WarmingApi>
{
    [Fact]
    public async Task Every_warm_up_document_answers_without_errors()
    {
        using var client = api.CreateClient();
        var requests = WarmUpService.Requests();

        Assert.True(requests.Count >= 5);
        foreach (var (operation, body) in requests)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            using var response = await client.PostAsync("/graphql", content);
            var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.True(response.StatusCode == HttpStatusCode.OK && answer["errors"] is null, $"{operation}: {answer.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Ready_waits_for_the_warm_up_and_then_reports_it()
    {
        using var client = api.CreateClient();
        var warmUp = api.Services.GetRequiredService<WarmUpService>();

        using (var early = await client.GetAsync("/health/ready"))
        {
            var body = JsonNode.Parse(await early.Content.ReadAsStringAsync())!;
            var check = body["checks"]!.AsArray().Single(c => (string?)c!["name"] == "warm-up")!;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
            Assert.Equal("Unhealthy", (string?)check["status"]);
            Assert.Equal("warming up", (string?)check["description"]);
        }
        await warmUp.Completion.WaitAsync(TimeSpan.FromSeconds(60));
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("warmed up", await ready.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The API with its warm-up on (<see cref="ApiFactory"/> turns it off) for 5 seconds after its first round,
    /// so that a request right after start finds it running.
    /// </summary>
    public sealed class WarmingApi : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("WarmUp:Enabled", "true");
            builder.UseSetting("WarmUp:Duration", "00:00:05");
        }
    }
}
