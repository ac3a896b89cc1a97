using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dialoogtafels.Api.Data;
using Dialoogtafels.Api.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Dialoogtafels.Api.Operations.WarmUp;

/// <summary>
/// Warms the API up after start, before <c>/health/ready</c> turns healthy: it sends the documents of
/// <c>warm-up.graphql</c> (the embeds asked most: a page of ideas with themes and table, a filtered and
/// searched page, nested lists, a node) through the GraphQL endpoint's own handler
/// (<see cref="GraphQLHttpHandler"/>, in a request scope of their own, as anonymous callers, without the
/// HTTP server, so no rate limit counts them), first once each, then for
/// <see cref="WarmUpOptions.Duration"/> from <see cref="WarmUpOptions.Concurrency"/> workers. So the first
/// requests of real clients find the schema built, the validated documents cached, EF Core's queries
/// translated, Npgsql's connections open and .NET's tiered compilation past its first code
/// (measured: bench/README.md, "Warm-up"). A document that fails is logged and does not stop the others;
/// when the database is unavailable the warm-up ends early, and readiness then reports the database.
/// As a health check (<c>warm-up</c>, tag <see cref="HealthEndpoints.ReadyTag"/>) it is unhealthy while it runs.
/// </summary>
internal sealed partial class WarmUpService(
    IServiceScopeFactory scopes, GraphQLHttpHandler handler, IOptions<WarmUpOptions> options, ILogger<WarmUpService> logger)
    : BackgroundService, IHealthCheck
{
    private const string ResourceName = "Dialoogtafels.Api.Operations.WarmUp.warm-up.graphql";

    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the warm-up has ended (or at once when it is disabled).</summary>
    public Task Completion => done.Task;

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!options.Value.Enabled ? HealthCheckResult.Healthy("disabled")
            : done.Task.IsCompleted ? HealthCheckResult.Healthy("warmed up")
            : HealthCheckResult.Unhealthy("warming up"));

    /// <summary>The request bodies of the warm-up: one per operation of <c>warm-up.graphql</c>, as UTF-8 JSON.</summary>
    internal static IReadOnlyList<(string Operation, byte[] Body)> Requests()
    {
        using var stream = typeof(WarmUpService).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        var document = new StreamReader(stream).ReadToEnd();
        var variables = new Dictionary<string, object?> { ["id"] = GlobalId.Encode("Idea", 1) };
        return OperationName().Matches(document)
            .Select(m => m.Groups[1].Value)
            .Select(name => (name, JsonSerializer.SerializeToUtf8Bytes(new { query = document, operationName = name, variables })))
            .ToList();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (options.Value.Enabled) await WarmUpAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "The warm-up failed; the API serves without it");
        }
        finally
        {
            done.TrySetResult();
        }
    }

    private async Task WarmUpAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host go on starting
        var requests = Requests();
        var clock = Stopwatch.StartNew();
        foreach (var (operation, body) in requests)
        {
            var (status, error) = await SendAsync(body, stoppingToken);
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                logger.LogWarning("The warm-up ended early: {Operation} was answered {Status} ({Error})", operation, status, error);
                return;
            }
            if (error is not null) logger.LogWarning("The warm-up's {Operation} failed: {Status} {Error}", operation, status, error);
        }

        var sent = requests.Count;
        var workers = options.Value.Concurrency > 0 ? options.Value.Concurrency : Environment.ProcessorCount;
        var until = clock.Elapsed + options.Value.Duration;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            for (var i = worker; clock.Elapsed < until && !stoppingToken.IsCancellationRequested; i++)
            {
                var (status, _) = await SendAsync(requests[i % requests.Count].Body, stoppingToken);
                if (status == StatusCodes.Status503ServiceUnavailable) return;
                Interlocked.Increment(ref sent);
            }
        }));
        logger.LogInformation(
            "Warmed up: {Requests} requests in {Milliseconds} ms; since start the JIT compiled {Methods} methods in {JitMilliseconds} ms",
            sent, clock.ElapsedMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount(), (long)System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds);
    }

    private async Task<(int Status, string? Error)> SendAsync(byte[] body, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = GraphQLHttpExtensions.Path;
        context.Request.ContentType = "application/json";
        context.Request.Headers.Accept = GraphQLMediaTypes.GraphQLResponse;
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body, writable: false);
        using var response = new MemoryStream();
        context.Response.Body = response;
        await handler.HandleAsync(context);
        return (context.Response.StatusCode, FirstError(response.ToArray()));
    }

    private static string? FirstError(byte[] response)
    {
        try
        {
            using var json = JsonDocument.Parse(response);
            return json.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
                ? errors[0].GetProperty("message").GetString()
                : null;
        }
        catch (JsonException)
        {
            return Encoding.UTF8.GetString(response);
        }
    }

    [GeneratedRegex(@"^query\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex OperationName();
}
