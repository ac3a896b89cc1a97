using System.Text.Json;
using Dialoogtafels.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Dialoogtafels.Api.Operations;

/// <summary>
/// Health endpoints for load balancers and orchestrators, on ASP.NET Core health checks:
/// <list type="bullet">
/// <item><c>GET /health/live</c>: 200 while the process serves requests; it checks nothing else, so a
/// database outage never restarts the API.</item>
/// <item><c>GET /health/ready</c>: 200 when PostgreSQL answers (<c>AspNetCore.HealthChecks.NpgSql</c>, within
/// <see cref="DatabaseTimeout"/>) and every migration is applied (<see cref="MigrationsHealthCheck"/>); 503 otherwise.
/// With a standby configured it also reports where public reads go (<see cref="StandbyHealthCheck"/>):
/// <c>Degraded</c>, still 200, while they fall back to the primary.</item>
/// </list>
/// Both answer <c>application/json</c>: <c>{"status":"Healthy","checks":[{"name":…,"status":…,"description":…,"durationMs":…}]}</c>.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The liveness path.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The readiness path.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>The tag of the checks readiness runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>How long the database check waits for PostgreSQL.</summary>
    public static readonly TimeSpan DatabaseTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Registers the checks: <c>postgresql</c> (a <c>SELECT 1</c> on the primary), <c>migrations</c> and, when a
    /// standby is configured (<see cref="DatabaseServers.Reads"/>, decided when the options are first read, so after
    /// every registration), <see cref="StandbyHealthCheck"/>.
    /// </summary>
    public static WebApplicationBuilder AddDialoogHealthChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddNpgSql(services => services.GetRequiredService<NpgsqlDataSource>(), name: "postgresql", tags: [ReadyTag], timeout: DatabaseTimeout)
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [ReadyTag]);
        builder.Services.AddOptions<HealthCheckServiceOptions>().Configure<DatabaseServers>((options, servers) =>
        {
            if (servers.Reads is null) return;
            options.Registrations.Add(new HealthCheckRegistration(StandbyHealthCheck.Name,
                services => new StandbyHealthCheck(services.GetRequiredService<DatabaseServers>()), HealthStatus.Degraded, [ReadyTag], DatabaseTimeout));
        });
        return builder;
    }

    /// <summary>Maps <see cref="LivePath"/> and <see cref="ReadyPath"/>.</summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description ?? e.Value.Exception?.Message,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        }, cancellationToken: context.RequestAborted);
    }
}
