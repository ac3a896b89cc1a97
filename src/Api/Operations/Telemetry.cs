using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL.DI;
using Microsoft.Extensions.Logging.Console;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Dialoogtafels.Api.Operations;

/// <summary>
/// Traces, metrics and logs for operators, on OpenTelemetry's .NET SDK:
/// <list type="bullet">
/// <item>a trace per request (ASP.NET Core instrumentation; the health endpoints left out), a span per GraphQL
/// operation (<see cref="GraphQLTelemetry"/>: name, type, document hash; never variable values) and a span per
/// SQL statement (Npgsql's own tracing);</item>
/// <item>metrics: ASP.NET Core's HTTP metrics and <see cref="GraphQLTelemetry"/>'s request duration per operation,
/// SQL statements per request and errors by code;</item>
/// <item>export over OTLP, configured by the standard variables (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>,
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, <c>OTEL_SERVICE_NAME</c>, <c>OTEL_RESOURCE_ATTRIBUTES</c>, …; see the
/// OpenTelemetry specification, "SDK environment variables").</item>
/// </list>
/// Off unless <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set or <c>Telemetry:Enabled</c> is true (then without an
/// exporter of its own, for a host that adds one). <c>Logging:Format=json</c> writes the console log as JSON
/// lines with the trace and span id of each entry.
/// </summary>
public static class Telemetry
{
    /// <summary>The service name when <c>OTEL_SERVICE_NAME</c> is not set.</summary>
    public const string DefaultServiceName = "dialoogtafels-api";

    /// <summary>The name of the API's <see cref="ActivitySource"/> and <see cref="Meter"/>.</summary>
    public const string SourceName = "Dialoogtafels.GraphQL";

    /// <summary>Registers logging format, tracing and metrics as the configuration says (see the type's summary).</summary>
    public static WebApplicationBuilder AddDialoogTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (string.Equals(configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
            builder.Logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        }

        var endpoint = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (!(configuration.GetValue<bool?>("Telemetry:Enabled") ?? !string.IsNullOrWhiteSpace(endpoint))) return builder;

        builder.Services.AddSingleton<IConfigureExecution, GraphQLTelemetry>();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? DefaultServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddNpgsql()
                .AddSource(SourceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter("System.Runtime") // .NET's own runtime metrics: GC, thread pool, JIT (dotnet.jit.*)
                .AddMeter(SourceName));
        if (!string.IsNullOrWhiteSpace(endpoint)) telemetry.UseOtlpExporter();
        return builder;
    }
}
