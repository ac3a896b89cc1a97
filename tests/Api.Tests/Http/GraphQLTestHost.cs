using Dialoogtafels.Api.Http;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>
/// The endpoint on a <see cref="TestServer"/> with <see cref="TestSchema"/>: the same
/// <c>AddGraphQLHttp</c>/<c>MapGraphQLEndpoint</c> calls as Program.cs, content root <c>src/Api</c>
/// so the IDE package is found where <c>npm ci --prefix src/Api/Ide</c> puts it.
/// </summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app) => _app = app;

    public static async Task<GraphQLTestHost> StartAsync(
        string environment = "Production", IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = RepositoryPaths.ApiProject,
        });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddScoped<RequestScopedService>();
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<TestSchema>()
            .AddGraphTypes(typeof(TestSchema).Assembly)
            .AddSystemTextJson());
        builder.AddGraphQLHttp();

        var app = builder.Build();
        app.MapGraphQLEndpoint();
        await app.StartAsync();
        return new GraphQLTestHost(app);
    }

    /// <summary>A client that does not follow redirects, so tests see them.</summary>
    public HttpClient CreateClient() => _app.GetTestClient();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>One host for all tests of a class (production settings).</summary>
public sealed class GraphQLTestHostFixture : IAsyncLifetime
{
    public GraphQLTestHost Host { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await GraphQLTestHost.StartAsync();
        Client = Host.CreateClient();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
