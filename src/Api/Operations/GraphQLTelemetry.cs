using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.DI;

namespace Dialoogtafels.Api.Operations;

/// <summary>
/// Wraps every execution of the schema (a GraphQL.NET <see cref="IConfigureExecution"/>, registered only when
/// telemetry is on) in a span <c>graphql.operation</c> and records its metrics. Span attributes, after the
/// OpenTelemetry semantic conventions for GraphQL: <c>graphql.operation.name</c>, <c>graphql.operation.type</c>
/// (<c>query</c>, <c>mutation</c>, <c>subscription</c>) and <c>graphql.document.hash</c> (SHA-256 of the
/// document text, lower-case hex) instead of the document, which can hold literal arguments; variable values
/// are never recorded. Metrics (meter <see cref="Telemetry.SourceName"/>):
/// <list type="bullet">
/// <item><c>graphql.server.request.duration</c> (histogram, seconds) by operation name and type;</item>
/// <item><c>graphql.server.request.sql_statements</c> (histogram, statements) by operation name and type: the
/// Npgsql commands that ran inside the operation's span;</item>
/// <item><c>graphql.server.errors</c> (counter) by <c>error.code</c> (the GraphQL error's <c>extensions.code</c>).</item>
/// </list>
/// </summary>
internal sealed class GraphQLTelemetry : IConfigureExecution, IDisposable
{
    private static readonly ActivitySource Source = new(Telemetry.SourceName);
    private static readonly Meter Meter = new(Telemetry.SourceName);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "graphql.server.request.duration", "s", "Duration of GraphQL operations.");
    private static readonly Histogram<int> Statements = Meter.CreateHistogram<int>(
        "graphql.server.request.sql_statements", "{statement}", "SQL statements sent to PostgreSQL per GraphQL operation.");
    private static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "graphql.server.errors", "{error}", "GraphQL errors in responses, by code.");

    private const string StatementCount = "dialoogtafels.sql_statements";

    // Counts the Npgsql commands under an operation's span; it asks for no recording itself.
    private readonly ActivityListener statementListener = new()
    {
        ShouldListenTo = source => source.Name == "Npgsql",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
        ActivityStarted = activity =>
        {
            for (var parent = activity.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent.GetCustomProperty(StatementCount) is StrongBox<int> count)
                {
                    Interlocked.Increment(ref count.Value);
                    return;
                }
            }
        },
    };

    public GraphQLTelemetry() => ActivitySource.AddActivityListener(statementListener);

    /// <inheritdoc />
    public float SortOrder => 0;

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        using var activity = Source.StartActivity("graphql.operation");
        var statements = new StrongBox<int>();
        activity?.SetCustomProperty(StatementCount, statements);
        var started = Stopwatch.GetTimestamp();
        var result = await next(options);

        var name = result.Operation?.Name?.StringValue ?? options.OperationName;
        var type = result.Operation?.Operation.ToString().ToLowerInvariant();
        var tags = new TagList { { "graphql.operation.name", name }, { "graphql.operation.type", type } };
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        if (activity is not null)
        {
            activity.SetTag("graphql.operation.name", name);
            activity.SetTag("graphql.operation.type", type);
            if (options.Query is { } query) activity.SetTag("graphql.document.hash", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query))));
            Statements.Record(statements.Value, tags);
        }

        foreach (var error in result.Errors ?? [])
            Errors.Add(1, new KeyValuePair<string, object?>("error.code", error.Code ?? "UNKNOWN"));
        if (result.Errors is { Count: > 0 } errors) activity?.SetStatus(ActivityStatusCode.Error, errors[0].Code);
        return result;
    }

    /// <inheritdoc />
    public void Dispose() => statementListener.Dispose();
}
