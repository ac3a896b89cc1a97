namespace Dialoogtafels.Api.Http;

/// <summary>Registers and maps the GraphQL-over-HTTP endpoint (stub, replaced by the endpoint work).</summary>
public static class GraphQLHttpExtensions
{
    public static WebApplicationBuilder AddGraphQLHttp(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapGraphQLEndpoint(this WebApplication app) => app;
}
