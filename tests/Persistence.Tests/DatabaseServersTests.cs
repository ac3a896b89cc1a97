using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dialoogtafels.Persistence.Tests;

/// <summary>
/// <see cref="DatabaseServers"/> and the context factory of <see cref="PersistenceServiceCollectionExtensions.AddDialoogtafelsPersistence"/>:
/// one host serves both routes; with several hosts the reads prefer a standby and fall back to the primary
/// while none answers. (Reads that reach a real standby: <c>scripts/cluster</c>.)
/// </summary>
public class DatabaseServersTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public void One_host_serves_both_routes()
    {
        var servers = DatabaseServers.Connect(database.ConnectionString);

        Assert.Null(servers.Reads);
        Assert.Same(servers.Primary, servers.For(DatabaseRoute.PreferStandby));
    }

    [Fact]
    public async Task With_the_standby_down_reads_fall_back_to_the_primary_and_writes_stay_there()
    {
        // The primary, and a "standby" on port 9 of loopback, where nothing listens.
        var primary = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Host = $"{primary.Host}:{primary.Port},127.0.0.1:9", Timeout = 2,
        }.ConnectionString;
        await using var services = new ServiceCollection().AddDialoogtafelsPersistence(connectionString).BuildServiceProvider();
        var servers = services.GetRequiredService<DatabaseServers>();
        var contexts = services.GetRequiredService<IDbContextFactory<DialoogtafelsDbContext>>();
        Assert.NotNull(servers.Reads);

        using (DatabaseRouting.Enter(DatabaseRoute.PreferStandby))
        {
            Assert.Equal(DatabaseRoute.PreferStandby, DatabaseRouting.Current);
            await using var db = await contexts.CreateDbContextAsync();
            Assert.False(await InRecoveryAsync(db));
            Assert.Equal(primary.Port, await db.Database.SqlQueryRaw<int>("SELECT inet_server_port() AS \"Value\"").SingleAsync());
        }

        Assert.Equal(DatabaseRoute.Primary, DatabaseRouting.Current);
        await using (var db = await contexts.CreateDbContextAsync()) Assert.False(await InRecoveryAsync(db));
        await using var command = servers.Current.CreateCommand("SELECT 1");
        Assert.Equal(1, await command.ExecuteScalarAsync());
    }

    private static async Task<bool> InRecoveryAsync(DialoogtafelsDbContext db) =>
        await db.Database.SqlQueryRaw<bool>("SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync();
}
