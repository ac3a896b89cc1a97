using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Dialoogtafels.Api.Operations;

/// <summary>
/// SIGTERM drains the API, with ASP.NET Core's own shutdown: the host turns SIGTERM (and Ctrl-C) into
/// <see cref="IHostApplicationLifetime.StopApplication"/>. At once (<see cref="IHostApplicationLifetime.ApplicationStopping"/>)
/// <c>GET /health/ready</c> answers 503 (its check <c>shutdown</c>), so load balancers stop routing here, and new
/// requests other than <c>/health/*</c> are refused with 503, <c>Retry-After: 1</c> and
/// <c>{"errors":[{"message":…,"extensions":{"code":"SHUTTING_DOWN"}}]}</c>. After <see cref="ShutdownOptions.DrainDelay"/>
/// Kestrel stops accepting connections and lets the requests in flight finish, up to
/// <see cref="HostOptions.ShutdownTimeout"/> (<see cref="ShutdownOptions.Timeout"/>); then the process exits with 0.
/// </summary>
public static class GracefulShutdown
{
    /// <summary>The error code of a request refused while the API shuts down.</summary>
    public const string Code = "SHUTTING_DOWN";

    /// <summary>The name of the readiness check.</summary>
    public const string CheckName = "shutdown";

    /// <summary>Binds <see cref="ShutdownOptions"/> (section <c>Shutdown</c>) into the host's options and adds the readiness check and the delay.</summary>
    public static WebApplicationBuilder AddDialoogGracefulShutdown(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ShutdownOptions.SectionName);
        builder.Services.AddOptions<ShutdownOptions>().Bind(section)
            .Validate(o => o.DrainDelay >= TimeSpan.Zero && o.DrainDelay < o.Timeout, "Shutdown:DrainDelay must be at least 0 and less than Shutdown:Timeout.")
            .ValidateOnStart();
        if (section[nameof(ShutdownOptions.Timeout)] is not null)
            builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = section.Get<ShutdownOptions>()!.Timeout);
        builder.Services.AddHealthChecks().AddCheck<ShutdownHealthCheck>(CheckName, tags: [HealthEndpoints.ReadyTag]);
        builder.Services.AddHostedService<DrainDelay>();
        return builder;
    }

    /// <summary>Refuses new requests once the host stops (health endpoints excepted); put it first.</summary>
    public static WebApplication UseDialoogGracefulShutdown(this WebApplication app)
    {
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        app.Use(async (context, next) =>
        {
            if (!stopping.IsCancellationRequested || context.Request.Path.StartsWithSegments("/health"))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            context.Response.Headers.Connection = "close";
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, new
            {
                errors = new[] { new { message = "The API is shutting down; send the request again (another instance will answer it).", extensions = new { code = Code } } },
            }, cancellationToken: context.RequestAborted);
        });
        return app;
    }

    /// <summary>Unhealthy once the host stops.</summary>
    private sealed class ShutdownHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
                ? HealthCheckResult.Unhealthy("The API is shutting down.")
                : HealthCheckResult.Healthy());
    }

    /// <summary>Holds the host's stop for <see cref="ShutdownOptions.DrainDelay"/> before the server stops accepting connections.</summary>
    private sealed class DrainDelay(IOptions<ShutdownOptions> options) : IHostedLifecycleService
    {
        public Task StoppingAsync(CancellationToken cancellationToken) =>
            options.Value.DrainDelay > TimeSpan.Zero ? Task.Delay(options.Value.DrainDelay, cancellationToken) : Task.CompletedTask;

        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>How the API shuts down on SIGTERM (section <c>Shutdown</c>; <see cref="GracefulShutdown"/>).</summary>
public sealed class ShutdownOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Shutdown";

    /// <summary>
    /// How long the API keeps its listener open after SIGTERM, refusing new requests with 503 and reporting not
    /// ready, before it stops accepting connections (<c>Shutdown:DrainDelay</c>, default 0): set it to the time the
    /// load balancer needs to see <c>/health/ready</c> fail. Counts into <see cref="Timeout"/>.
    /// </summary>
    public TimeSpan DrainDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// How long the requests in flight may still take after SIGTERM, the delay included (<c>Shutdown:Timeout</c>,
    /// default 30 s): the host's <see cref="HostOptions.ShutdownTimeout"/>; requests still running then are aborted.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
