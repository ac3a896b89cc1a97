namespace Dialoogtafels.Api.Http;

/// <summary>
/// Cross-origin access for sites that embed content with GraphQL queries from the browser: the
/// origins in <c>Cors:AllowedOrigins</c> (default <c>*</c>, any origin, without credentials) may
/// GET and POST <c>/graphql</c> with the headers in <see cref="AllowedHeaders"/>.
/// </summary>
public static class GraphQLCors
{
    private const string Policy = "graphql";

    /// <summary>
    /// The request headers a browser may send: <c>Content-Type</c>, <c>Accept</c>, <c>Authorization</c>, and
    /// the trace headers of browser OpenTelemetry instrumentation (its fetch/XHR instrumentation propagates
    /// them to the origins in <c>propagateTraceHeaderCorsUrls</c>): <c>traceparent</c> and <c>tracestate</c>
    /// (W3C Trace Context, sections 3.2 and 3.3) and <c>baggage</c> (W3C Baggage). A preflight that refused
    /// them made every request of such a site fail. And <c>Idempotency-Key</c>, for a browser CMS that retries
    /// mutations safely (<see cref="Idempotency.IdempotentMutations"/>), which may read <c>Idempotent-Replayed</c>.
    /// </summary>
    public static readonly IReadOnlyList<string> AllowedHeaders =
        ["Content-Type", "Accept", "Authorization", "traceparent", "tracestate", "baggage", Idempotency.IdempotencyKeyHeader.Name];

    /// <summary>Registers the CORS policy.</summary>
    public static WebApplicationBuilder AddGraphQLCors(this WebApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? ["*"];
        builder.Services.AddCors(cors => cors.AddPolicy(Policy, policy =>
        {
            if (origins.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins(origins);
            policy.WithMethods("GET", "POST").WithHeaders([.. AllowedHeaders]).WithExposedHeaders(Idempotency.IdempotentMutations.ReplayedHeader)
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
        return builder;
    }

    /// <summary>Answers preflight requests and adds the CORS headers.</summary>
    public static WebApplication UseGraphQLCors(this WebApplication app)
    {
        app.UseCors(Policy);
        return app;
    }
}
