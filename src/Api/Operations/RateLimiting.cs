using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Dialoogtafels.Api.Security;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dialoogtafels.Api.Operations;

/// <summary>
/// Per-client rate limits with ASP.NET Core's rate limiter: a sliding one-minute window per anonymous
/// client address (<see cref="RateLimitingOptions.PermitsPerMinute"/>) and a higher one per CMS user
/// (<see cref="RateLimitingOptions.CmsPermitsPerMinute"/>); health endpoints are never limited. Over the
/// limit the answer is 429 with <c>Retry-After</c> (seconds, RFC 9110 §10.2.3) and a GraphQL-style error body
/// <c>{"errors":[{"message":…,"extensions":{"code":"RATE_LIMITED"}}]}</c>. The client address is the
/// connection's, or the <c>X-Forwarded-For</c> address when the connection comes from a proxy listed in
/// <c>ForwardedHeaders:KnownProxies</c> (ASP.NET Core's forwarded headers middleware; nothing is trusted by default).
/// </summary>
public static class RateLimiting
{
    /// <summary>The error code of a refused request.</summary>
    public const string Code = "RATE_LIMITED";

    /// <summary>Registers the limiter and the forwarded-headers options from configuration.</summary>
    public static WebApplicationBuilder AddDialoogRateLimiting(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RateLimitingOptions>().Bind(builder.Configuration.GetSection(RateLimitingOptions.SectionName))
            .Validate(o => o.PermitsPerMinute > 0 && o.CmsPermitsPerMinute > 0, "RateLimiting: the permits per minute must be positive.")
            .Validate(o => o.SegmentsPerMinute is >= 1 and <= 60, "RateLimiting:SegmentsPerMinute must be 1 to 60.")
            .ValidateOnStart();
        var proxies = builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With both lists empty the middleware would trust every sender, so without configured proxies it reads no header.
            options.ForwardedHeaders = proxies.Length > 0 ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
        });
        return builder;
    }

    /// <summary>Adds the forwarded-headers middleware and the limiter; call after authentication, so CMS users are known.</summary>
    public static WebApplication UseDialoogRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Adds the forwarded-headers middleware; call first, so every later step sees the client's address.</summary>
    public static WebApplication UseDialoogForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitingOptions>>().CurrentValue;
        if (!options.Enabled || context.Request.Path.StartsWithSegments("/health")) return RateLimitPartition.GetNoLimiter("unlimited");
        if (Roles.Has(context.User, Role.Editor))
            return Window("cms:" + Roles.Actor(context.User), options.CmsPermitsPerMinute, options.SegmentsPerMinute);
        return Window("client:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), options.PermitsPerMinute, options.SegmentsPerMinute);
    }

    private static RateLimitPartition<string> Window(string key, int permits, int segments) =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = segments,
            QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(10);
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, new
        {
            errors = new[]
            {
                new { message = "Too many requests from this client; try again after the time in Retry-After.", extensions = new { code = Code } },
            },
        }, cancellationToken: cancellationToken);
    }
}
