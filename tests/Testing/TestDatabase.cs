using Xunit;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dialoogtafels.Testing;

/// <summary>
/// A database of its own for one test class: cloned (<c>CREATE DATABASE … TEMPLATE</c>) from a
/// template that has the migrations applied — and, for <see cref="SeededDatabase"/>, the built-in seed.
/// Templates are built once per server and migration set, guarded by an advisory lock so parallel
/// test assemblies don't race. The database is dropped when the fixture is disposed.
/// </summary>
public class TestDatabase : IAsyncLifetime
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);

    /// <summary>Whether the template holds the built-in seed.</summary>
    protected virtual bool Seeded => false;

    /// <summary>Name of this fixture's database.</summary>
    public string Name { get; } = "t_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Connection string of this fixture's database.</summary>
    public string ConnectionString => PostgresServer.For(Name);

    private NpgsqlDataSource? dataSource;

    /// <summary>A new context on this fixture's database (tracking off by default); dispose it.</summary>
    public DialoogtafelsDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<DialoogtafelsDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, dataSource ??= new NpgsqlDataSourceBuilder(ConnectionString).Build());
        return new DialoogtafelsDbContext(options.Options);
    }

    public async Task InitializeAsync()
    {
        var template = await EnsureTemplateAsync(Seeded);
        await PostgresServer.ExecuteAsync($"CREATE DATABASE \"{Name}\" TEMPLATE \"{template}\"");
    }

    public async Task DisposeAsync()
    {
        if (dataSource is not null) await dataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await PostgresServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static async Task<string> EnsureTemplateAsync(bool seeded)
    {
        await TemplateLock.WaitAsync();
        try
        {
            await using var admin = new NpgsqlConnection(
                new NpgsqlConnectionStringBuilder(PostgresServer.AdminConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
            await admin.OpenAsync();
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(4242)", admin)) await lockCommand.ExecuteNonQueryAsync();
            try
            {
                var name = TemplateName(seeded);
                await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", admin);
                exists.Parameters.AddWithValue("n", name);
                if (await exists.ExecuteScalarAsync() is not null) return name;

                var building = name + "_building";
                await PostgresServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
                await PostgresServer.ExecuteAsync($"CREATE DATABASE \"{building}\"");
                await using (var source = new NpgsqlDataSourceBuilder(
                    new NpgsqlConnectionStringBuilder(PostgresServer.For(building)) { Pooling = false }.ConnectionString).Build())
                {
                    var options = new DbContextOptionsBuilder<DialoogtafelsDbContext>();
                    PersistenceServiceCollectionExtensions.Configure(options, source);
                    await using var db = new DialoogtafelsDbContext(options.Options);
                    await MigrationHistory.EnsureTableAsync(db);
                    await db.Database.MigrateAsync();
                    if (seeded) await DatabaseSetup.SeedAsync(db);
                }

                NpgsqlConnection.ClearAllPools();
                await PostgresServer.ExecuteAsync($"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
                return name;
            }
            finally
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(4242)", admin);
                await unlock.ExecuteNonQueryAsync();
            }
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    /// <summary>Template name: changes when the migrations or the seed code change (assembly version id).</summary>
    private static string TemplateName(bool seeded)
    {
        var assembly = typeof(DialoogtafelsDbContext).Assembly;
        var moduleId = assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        return $"tpl_{(seeded ? "seed" : "empty")}_{moduleId}";
    }
}

/// <summary>A <see cref="TestDatabase"/> that starts with the built-in seed of the 2021 programme.</summary>
public class SeededDatabase : TestDatabase
{
    protected override bool Seeded => true;
}
