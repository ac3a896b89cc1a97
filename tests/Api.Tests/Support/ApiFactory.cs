using System.Text.Json;
using System.Text.Json.Nodes;
using System.Net.Http.Json;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Testing;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dialoogtafels.Api.Tests.Support;

/// <summary>
/// The API host on a seeded database of its own (one per test class). <see cref="ExecuteAsync"/>
/// runs a document through the schema as the HTTP endpoint does, in a request scope of its own.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The database behind this host.</summary>
    public SeededDatabase Database { get; } = new();

    /// <summary>The development-token signing key of the test host (base64, 48 bytes).</summary>
    public const string SigningKey = "ZGlhbG9vZ3RhZmVscy10ZXN0LXNpZ25pbmcta2V5LW9mLTQ4LWJ5dGVzLWxvbmch";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Dialoogtafels", Database.ConnectionString);
        builder.UseSetting("Authentication:SigningKey", SigningKey);
        builder.UseSetting("WarmUp:Enabled", "false"); // seconds per factory; WarmUpTests turn it on
        builder.UseSetting("RateLimiting:Enabled", "false"); // test classes send hundreds of requests a minute; RateLimitingTests turn it on
    }

    /// <summary>A development token for <paramref name="role"/> as the actor <paramref name="actor"/>.</summary>
    public string TokenFor(Role role, string actor = "tester") =>
        DevelopmentTokens.Mint(new DialoogAuthenticationOptions { SigningKey = SigningKey }, role, actor);

    /// <summary>
    /// POSTs <paramref name="query"/> to <c>/graphql</c> (as <paramref name="role"/>, or anonymously;
    /// with <paramref name="operationName"/> when given) and returns the JSON response.
    /// </summary>
    public async Task<JsonObject> PostAsync(string query, object? variables = null, Role? role = null, string actor = "tester", string? operationName = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables, operationName }),
        };
        request.Headers.Accept.ParseAdd("application/json");
        if (role is { } r) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TokenFor(r, actor));
        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>Executes <paramref name="query"/> and returns the serialized response as JSON.</summary>
    public async Task<JsonObject> ExecuteAsync(string query, Inputs? variables = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = query;
            options.Variables = variables;
            options.RequestServices = scope.ServiceProvider;
            options.ThrowOnUnhandledException = true;
        });
        var json = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
        return JsonNode.Parse(json)!.AsObject();
    }

    /// <summary>Like <see cref="ExecuteAsync"/>, and fails the test when the response has errors.</summary>
    public async Task<JsonNode> DataAsync(string query, Inputs? variables = null)
    {
        var response = await ExecuteAsync(query, variables);
        Assert.True(response["errors"] is null, response.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return response["data"]!;
    }

    /// <summary>
    /// The SQL statements that <paramref name="query"/> sends (<see cref="DataAsync"/>), after one
    /// warm-up request so that start-up statements (migrations history, seed checks) are not counted.
    /// </summary>
    public async Task<IReadOnlyList<string>> StatementsOfAsync(string query)
    {
        await DataAsync("{ __typename }");
        using var counter = new SqlStatementCounter(Database.Name);
        await DataAsync(query);
        return counter.Statements;
    }

    public virtual Task InitializeAsync() => Database.InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await DisposeDatabasesAsync();
    }

    /// <summary>Drops the fixture's databases, after the host has stopped.</summary>
    protected virtual Task DisposeDatabasesAsync() => Database.DisposeAsync();
}
