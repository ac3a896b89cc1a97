using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dialoogtafels.Persistence;

/// <summary>
/// The application's <see cref="IDbContextFactory{TContext}"/>: pooled contexts on <see cref="DatabaseServers.Primary"/>,
/// and, when a standby is configured, a second pool on <see cref="DatabaseServers.Reads"/> for code that runs in
/// the route <see cref="DatabaseRoute.PreferStandby"/> (<see cref="DatabaseRouting"/>). The route is read when a
/// context is created, so singletons that keep the factory (<c>ReferenceKeys</c>) follow each request's route.
/// </summary>
internal sealed class RoutedDbContextFactory : IDbContextFactory<DialoogtafelsDbContext>
{
    private readonly PooledDbContextFactory<DialoogtafelsDbContext> primary;
    private readonly PooledDbContextFactory<DialoogtafelsDbContext>? reads;

    public RoutedDbContextFactory(DatabaseServers servers, IServiceProvider services)
    {
        primary = Pool(servers.Primary, services);
        reads = servers.Reads is { } source ? Pool(source, services) : null;
    }

    public DialoogtafelsDbContext CreateDbContext() => Pick().CreateDbContext();

    public Task<DialoogtafelsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => Pick().CreateDbContextAsync(cancellationToken);

    private PooledDbContextFactory<DialoogtafelsDbContext> Pick() =>
        DatabaseRouting.Current == DatabaseRoute.PreferStandby && reads is not null ? reads : primary;

    // As AddPooledDbContextFactory builds its options: the application's services (its logging), the shared
    // settings, then every configuration registered with ConfigureDbContext (tests add interceptors so).
    private static PooledDbContextFactory<DialoogtafelsDbContext> Pool(NpgsqlDataSource dataSource, IServiceProvider services)
    {
        var options = new DbContextOptionsBuilder<DialoogtafelsDbContext>().UseApplicationServiceProvider(services);
        PersistenceServiceCollectionExtensions.Configure(options, dataSource);
        foreach (var configuration in services.GetServices<IDbContextOptionsConfiguration<DialoogtafelsDbContext>>())
            configuration.Configure(services, options);
        return new PooledDbContextFactory<DialoogtafelsDbContext>(options.Options);
    }
}
