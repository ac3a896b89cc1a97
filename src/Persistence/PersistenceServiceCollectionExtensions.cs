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
    /// Registers the <see cref="DatabaseServers"/> of <paramref name="connectionString"/>, their primary as the
    /// <see cref="NpgsqlDataSource"/>, and a pooled <see cref="IDbContextFactory{TContext}"/> for
    /// <see cref="DialoogtafelsDbContext"/> whose contexts use the server of the caller's <see cref="DatabaseRoute"/>
    /// (the primary unless a standby is configured and the caller entered <see cref="DatabaseRoute.PreferStandby"/>).
    /// Policy: GraphQL resolvers run in parallel, so no context is shared between them; each unit of
    /// work (a resolver, a batch) creates and disposes its own context from the factory, and holds at
    /// most one open connection at a time, so a <see cref="ConnectionLimit"/> can cap a request's
    /// connections without waiting for itself.
    /// Statements are prepared automatically and connections are not reset when they return to the pool
    /// (<see cref="WithConnectionDefaults"/>) unless the connection string says otherwise.
    /// The factory takes the <see cref="DatabaseServers"/> registered last, so a test host can replace them.
    /// </summary>
    public static IServiceCollection AddDialoogtafelsPersistence(this IServiceCollection services, string connectionString)
    {
        var servers = DatabaseServers.Connect(WithConnectionDefaults(connectionString));
        services.AddSingleton(servers);
        services.AddSingleton(servers.Primary);
        services.AddSingleton<IDbContextFactory<DialoogtafelsDbContext>>(provider =>
            new RoutedDbContextFactory(provider.GetRequiredService<DatabaseServers>(), provider));
        return services;
    }

    /// <summary>Statements kept prepared per connection when the connection string does not set <c>Max Auto Prepare</c>.</summary>
    public const int DefaultMaxAutoPrepare = 200;

    /// <summary>
    /// <paramref name="connectionString"/> with the API's Npgsql defaults, each only when the string
    /// does not set it itself:
    /// <list type="bullet">
    /// <item>automatic preparation: <c>Max Auto Prepare</c> = <see cref="DefaultMaxAutoPrepare"/> (<c>0</c>
    /// switches it off), <c>Auto Prepare Min Usages</c> = 2. A statement the API sends again (same SQL,
    /// other parameter values: every list, filter and batch shape is such a statement) is parsed once
    /// per connection, and PostgreSQL may keep a generic plan for it (<c>plan_cache_mode</c>), which
    /// saves the planning;</item>
    /// <item><c>No Reset On Close</c> = true: a connection that returns to the pool keeps its session
    /// state. Without it Npgsql sends seven statements (<c>RESET ALL</c>, <c>CLOSE ALL</c>,
    /// <c>UNLISTEN *</c>, …) before the next command, each parsed and committed by PostgreSQL. The API
    /// keeps no session state (no <c>SET</c>, temporary tables, session advisory locks or
    /// <c>LISTEN</c>); Npgsql still rolls back an unfinished transaction.</item>
    /// </list>
    /// See docs/decisions/0006-npgsql-connection-defaults.md.
    /// </summary>
    public static string WithConnectionDefaults(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
            if (!given.Contains("AutoPrepareMinUsages")) builder.AutoPrepareMinUsages = 2;
        }

        if (!given.Contains("NoResetOnClose")) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    /// <summary>
    /// Applies the provider settings shared by the application, the tools and the tests, and the
    /// <see cref="ConnectionLimitInterceptor"/>: inside a <see cref="ConnectionLimit"/> (the API enters
    /// one per GraphQL request) a connection is opened only when the unit of work holds fewer than its
    /// cap; outside one it changes nothing.
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsAssembly(typeof(DialoogtafelsDbContext).Assembly.FullName))
            .AddInterceptors(ConnectionLimitInterceptor.Instance)
            .UseSnakeCaseNamingConvention()
            // A command PostgreSQL refuses leaves its connection usable (FailedCommandRecovery).
            .AddInterceptors(FailedCommandRecovery.Instance)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            // No context is ever shared between threads (see AddDialoogtafelsPersistence), so EF Core's
            // concurrency detector, which writes an AsyncLocal for every row read, only costs
            // (docs/decisions/0007-ef-core-thread-safety-checks-off.md).
            .EnableThreadSafetyChecks(false);
}
