namespace Dialoogtafels.Api.Http.Idempotency;

/// <summary>Registers the <c>Idempotency-Key</c> support of mutations (<see cref="IdempotentMutations"/>).</summary>
public static class IdempotencyExtensions
{
    /// <summary>
    /// Binds <see cref="IdempotencyOptions"/> (section <c>Idempotency</c>) and adds the store, the flow and the cleanup,
    /// which <see cref="GraphQLHttpHandler"/> then uses (without them it ignores the header). Needs the persistence
    /// (<c>NpgsqlDataSource</c>) and <c>AddGraphQLHttp</c>.
    /// </summary>
    public static WebApplicationBuilder AddIdempotentMutations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<IdempotencyOptions>().Bind(configuration.GetSection(IdempotencyOptions.SectionName))
            .Validate(o => o.Retention > TimeSpan.Zero, "Idempotency:Retention must be positive.")
            .Validate(o => o.CleanupInterval > TimeSpan.Zero, "Idempotency:CleanupInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IdempotencyRecordStore>();
        services.AddSingleton<IdempotentMutations>();
        services.AddHostedService<IdempotencyCleanup>();
        return builder;
    }
}
