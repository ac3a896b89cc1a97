using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Dialoogtafels.Persistence.Tests;

/// <summary>
/// Regression: migrating a new, empty database logged "Failed executing DbCommand … FROM
/// "__EFMigrationsHistory"" at Error level (EF Core reads the history before it creates the table,
/// dotnet/efcore#37328); <see cref="MigrationHistory.EnsureTableAsync"/> creates it first.
/// </summary>
public class MigrationHistoryTests
{
    [Fact]
    public async Task Migrating_a_new_database_logs_no_error()
    {
        var name = "migration_log_" + Guid.NewGuid().ToString("N")[..8];
        await PostgresServer.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        try
        {
            var errors = new List<string>();
            await using (var source = new NpgsqlDataSourceBuilder(
                new NpgsqlConnectionStringBuilder(PostgresServer.For(name)) { Pooling = false }.ConnectionString).Build())
            {
                var options = new DbContextOptionsBuilder<DialoogtafelsDbContext>();
                PersistenceServiceCollectionExtensions.Configure(options, source).LogTo(errors.Add, LogLevel.Error);
                await using var db = new DialoogtafelsDbContext(options.Options);
                await MigrationHistory.EnsureTableAsync(db);
                await db.Database.MigrateAsync();
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            }

            Assert.Empty(errors);
        }
        finally
        {
            await PostgresServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }
}
