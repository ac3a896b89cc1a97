using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Dialoogtafels.Api.Tests.Operations;

/// <summary>
/// Per-client limits (ASP.NET Core's rate limiter): over the limit a client gets 429 with <c>Retry-After</c>
/// and the code <c>RATE_LIMITED</c>; CMS users have their own, higher limit; health endpoints are not limited;
/// a forwarded address counts only from a trusted proxy.
/// </summary>
public class RateLimitingTests(RateLimitingTests.LimitedApi api) : IClassFixture<RateLimitingTests.LimitedApi>
{
    private const string Query = "{ __typename }";

    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_retry_after_and_a_code()
    {
        using var client = ClientFrom("203.0.113.10");
        for (var i = 0; i < LimitedApi.Permits; i++)
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client)).StatusCode);

        using var refused = await PostAsync(client);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) >= 1);
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal("RATE_LIMITED", (string?)body["errors"]![0]!["extensions"]!["code"]);
        using var health = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var other = ClientFrom("203.0.113.11");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(other)).StatusCode);
    }

    [Fact]
    public async Task A_CMS_user_has_a_limit_of_their_own()
    {
        using var client = ClientFrom("203.0.113.20");
        for (var i = 0; i < LimitedApi.Permits + 1; i++) await PostAsync(client);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(client)).StatusCode);

        client.DefaultRequestHeaders.Authorization = new("Bearer", api.TokenFor(Role.Editor, "redacteur"));
        for (var i = 0; i < LimitedApi.CmsPermits; i++)
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(client)).StatusCode);
    }

    [Fact]
    public async Task A_forwarded_address_counts_only_from_a_trusted_proxy()
    {
        // 192.0.2.1 is not among ForwardedHeaders:KnownProxies (192.0.2.99), so X-Forwarded-For is ignored:
        // all these requests are one client, whatever they claim.
        using var client = ClientFrom("192.0.2.1");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < LimitedApi.Permits + 1; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query }) };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i}");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        // Through the trusted proxy, each forwarded address is a client of its own.
        using var proxy = ClientFrom("192.0.2.99");
        for (var i = 0; i < LimitedApi.Permits + 1; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query }) };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i}");
            using var response = await proxy.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private HttpClient ClientFrom(string address)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add(LimitedApi.RemoteAddressHeader, address);
        return client;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client) =>
        client.PostAsJsonAsync("/graphql", new { query = Query });

    /// <summary>The API with small limits, so that tests reach them quickly.</summary>
    public sealed class LimitedApi : ApiFactory
    {
        public const int Permits = 5;
        public const int CmsPermits = 8;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimiting:Enabled", "true");
            builder.UseSetting("RateLimiting:PermitsPerMinute", Permits.ToString());
            builder.UseSetting("RateLimiting:CmsPermitsPerMinute", CmsPermits.ToString());
            builder.UseSetting("RateLimiting:SegmentsPerMinute", "1");
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", "192.0.2.99");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, RemoteAddressFilter>());
        }

        /// <summary>A test-only header that sets the connection's remote address, as a client on another machine has it.</summary>
        public const string RemoteAddressHeader = "X-Test-Remote-Address";

        private sealed class RemoteAddressFilter : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextStep) =>
                {
                    if (context.Request.Headers.TryGetValue(RemoteAddressHeader, out var address)) context.Connection.RemoteIpAddress = IPAddress.Parse(address!);
                    return nextStep(context);
                });
                next(app);
            };
        }
    }
}
