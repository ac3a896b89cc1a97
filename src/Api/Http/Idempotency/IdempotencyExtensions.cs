namespace Dialoogtafels.Api.Http.Idempotency;

/// <summary>Registers the <c>Idempotency-Key</c> support of mutations (<see cref="IdempotentMutations"/>).</summary>
public static class IdempotencyExtensions
{
    /// <summary>Binds <see cref="IdempotencyOptions"/> (section <c>Idempotency</c>) and adds the store, the flow and the cleanup.</summary>
    public static IServiceCollection AddIdempotency(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdempotencyOptions>().Bind(configuration.GetSection(IdempotencyOptions.SectionName))
            .Validate(o => o.Retention > TimeSpan.Zero, "Idempotency:Retention must be positive.")
            .Validate(o => o.CleanupInterval > TimeSpan.Zero, "Idempotency:CleanupInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IdempotencyRecordStore>();
        services.AddSingleton<IdempotentMutations>();
        services.AddHostedService<IdempotencyCleanup>();
        return services;
    }
}
