using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dialoogtafels.Api.Operations.WarmUp;

/// <summary>Registers the warm-up before readiness (<see cref="WarmUpService"/>).</summary>
public static class WarmUpExtensions
{
    /// <summary>
    /// Registers <see cref="WarmUpService"/> as a hosted service and as the readiness check <c>warm-up</c>
    /// (configuration: section <c>WarmUp</c>, <see cref="WarmUpOptions"/>). Call after
    /// <see cref="HealthEndpoints.AddDialoogHealthChecks"/>.
    /// </summary>
    public static WebApplicationBuilder AddDialoogWarmUp(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WarmUpOptions>()
            .Bind(builder.Configuration.GetSection(WarmUpOptions.SectionName))
            .Validate(o => o.Duration >= TimeSpan.Zero && o.Concurrency >= 0, "WarmUp:Duration and WarmUp:Concurrency must not be negative.")
            .ValidateOnStart();
        builder.Services.AddSingleton<WarmUpService>();
        builder.Services.AddHostedService(services => services.GetRequiredService<WarmUpService>());
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            "warm-up", services => services.GetRequiredService<WarmUpService>(), failureStatus: null, tags: [HealthEndpoints.ReadyTag]));
        return builder;
    }
}
