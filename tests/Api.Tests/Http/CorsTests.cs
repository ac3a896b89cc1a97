using System.Net;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>Cross-origin requests from browsers (src/Api/Http/GraphQLCors.cs).</summary>
public class CorsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("content-type,traceparent")]
    [InlineData("content-type,traceparent,tracestate,baggage")]
    [InlineData("authorization,content-type,accept,baggage")]
    [InlineData("authorization,content-type,idempotency-key")]
    public async Task A_preflight_allows_the_trace_context_headers_of_browser_OpenTelemetry_and_Idempotency_Key(string requestHeaders)
    {
        // Browser OpenTelemetry instrumentation adds W3C Trace Context (traceparent, tracestate) and W3C
        // Baggage (baggage) to fetch requests; a preflight that refuses them fails every request of such a site.
        using var client = api.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://www.rijksoverheid.nl");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", requestHeaders);

        using var response = await client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var allowed = response.Headers.TryGetValues("Access-Control-Allow-Headers", out var values)
            ? values.SelectMany(v => v.Split(',')).Select(h => h.Trim().ToLowerInvariant()).ToHashSet()
            : [];
        foreach (var header in requestHeaders.Split(','))
            Assert.Contains(header, allowed);
    }
}
