using Dialoogtafels.Api.Ide;
using GraphQL;

namespace Dialoogtafels.Api.Http;

/// <summary>Registers and maps the GraphQL-over-HTTP endpoint <c>/graphql</c> and the Banana Cake Pop IDE.</summary>
public static class GraphQLHttpExtensions
{
    /// <summary>The path of the GraphQL endpoint; the IDE's files are served below it (<c>/graphql/</c>).</summary>
    public const string Path = "/graphql";

    /// <summary>
    /// Registers the endpoint's services. Call after the schema is registered
    /// (<c>services.AddGraphQL(b => b.AddSchema&lt;...&gt;().AddSystemTextJson())</c>), which this relies on for
    /// <c>IDocumentExecuter&lt;ISchema&gt;</c>, <c>ISchema</c> and <c>IGraphQLTextSerializer</c>. Adds the
    /// depth/complexity limits and the response item limit (<see cref="GraphQLRequestLimits"/>), the request-dependent validation rules of
    /// every execution (<see cref="RequestValidationRules"/>, which also runs the registered
    /// <see cref="ICallerScopedValidationRule"/>s) and the error policy (details only in Development), so the
    /// schema registration must not add its own complexity analyzer or error info provider.
    /// Configuration: the section <c>GraphQL</c> (<see cref="GraphQLHttpOptions"/>) and <c>Ide:Path</c>
    /// (<see cref="IdeOptions"/>).
    /// </summary>
    public static WebApplicationBuilder AddGraphQLHttp(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphQLHttpOptions>()
            .Bind(builder.Configuration.GetSection(GraphQLHttpOptions.SectionName))
            .Validate(o => o.MaxRequestBytes > 0, "GraphQL:MaxRequestBytes must be positive.")
            .Validate(o => o.MaxConnectionsPerRequest > 0, "GraphQL:MaxConnectionsPerRequest must be at least 1.")
            .Validate(o => o.MaxRootFields >= 0 && o.CmsMaxRootFields >= 0 && o.MaxAliases >= 0 && o.CmsMaxAliases >= 0
                && o.MaxResponseItems >= 0 && o.CmsMaxResponseItems >= 0, "GraphQL: the operation limits (Max/CmsMax RootFields, Aliases, ResponseItems) must not be negative.")
            .Validate(o => o.MaxExpensiveRequests > 0 && o.ExpensiveRequestQueue >= 0 && o.MaxConnectionsPerExpensiveRequest > 0,
                "GraphQL: MaxExpensiveRequests and MaxConnectionsPerExpensiveRequest must be at least 1, ExpensiveRequestQueue not negative.")
            .ValidateOnStart();
        services.AddOptions<IdeOptions>().Bind(builder.Configuration.GetSection(IdeOptions.SectionName));
        services.AddSingleton<IdePackage>();
        services.AddSingleton<BananaCakePopIde>();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<ValidatedDocumentCache>();
        services.AddSingleton(new SharedServiceTypes(services));
        builder.AddGraphQLCors();
        services.AddRequestLimits();
        services.AddSingleton<RequestValidationRules>();
        services.AddSingleton<global::GraphQL.DI.IConfigureExecution>(provider => provider.GetRequiredService<RequestValidationRules>());
        services.AddGraphQL(graphql => graphql.AddUnexpectedErrorHandling(builder.Environment));
        return builder;
    }

    /// <summary>
    /// Maps <c>/graphql</c> (GET and POST, see <see cref="GraphQLHttpHandler"/>; other methods get 405 with
    /// <c>Allow: GET, POST</c>) and <c>GET /graphql/{**asset}</c> for the IDE's files and its <c>bcp-config.json</c>.
    /// </summary>
    public static WebApplication MapGraphQLEndpoint(this WebApplication app)
    {
        var handler = app.Services.GetRequiredService<GraphQLHttpHandler>();
        app.Map(Path, (RequestDelegate)handler.HandleAsync).WithDisplayName("GraphQL over HTTP");
        var ide = app.Services.GetRequiredService<BananaCakePopIde>();
        app.MapGet(Path + "/{**asset}", (RequestDelegate)ide.ServeAssetAsync)
            .WithDisplayName("Banana Cake Pop IDE");
        return app;
    }
}
