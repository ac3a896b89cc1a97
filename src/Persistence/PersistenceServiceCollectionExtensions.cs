using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dialoogtafels.Persistence;

/// <summary>Registers the database access of the application.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Name of the connection string in configuration (<c>ConnectionStrings:Dialoogtafels</c>).</summary>
    public const string ConnectionStringName = "Dialoogtafels";

    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{TContext}"/> for <see cref="DialoogtafelsDbContext"/>.
    /// Policy: GraphQL resolvers run in parallel, so no context is shared between them; each unit of
    /// work (a resolver, a batch) creates and disposes its own context from the factory.
    /// </summary>
    public static IServiceCollection AddDialoogtafelsPersistence(this IServiceCollection services, string connectionString)
    {
        var dataSource = new NpgsqlDataSourceBuilder(connectionString).Build();
        services.AddSingleton(dataSource);
        services.AddPooledDbContextFactory<DialoogtafelsDbContext>(options => Configure(options, dataSource));
        return services;
    }

    /// <summary>Applies the provider settings shared by the application, the tools and the tests.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsAssembly(typeof(DialoogtafelsDbContext).Assembly.FullName))
            .UseSnakeCaseNamingConvention()
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
}
