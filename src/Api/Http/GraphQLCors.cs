namespace Dialoogtafels.Api.Http;

/// <summary>
/// Cross-origin access for sites that embed content with GraphQL queries from the browser: the
/// origins in <c>Cors:AllowedOrigins</c> (default <c>*</c>, any origin, without credentials) may
/// GET and POST <c>/graphql</c> with the <c>Content-Type</c>, <c>Accept</c> and <c>Authorization</c> headers.
/// </summary>
public static class GraphQLCors
{
    private const string Policy = "graphql";

    /// <summary>Registers the CORS policy.</summary>
    public static WebApplicationBuilder AddGraphQLCors(this WebApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? ["*"];
        builder.Services.AddCors(cors => cors.AddPolicy(Policy, policy =>
        {
            if (origins.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins(origins);
            policy.WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "Authorization").SetPreflightMaxAge(TimeSpan.FromHours(1));
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
