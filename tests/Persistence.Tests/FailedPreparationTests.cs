using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dialoogtafels.Persistence.Tests;

/// <summary>
/// A statement that PostgreSQL refuses in the run in which Npgsql prepares it automatically (its second run,
/// <c>Auto Prepare Min Usages=2</c>) must not leave the connection broken for the next command. Npgsql
/// (10.0.3) keeps such a statement as prepared without its row description, so its next run failed with
/// "Received unexpected backend message DataRow" (npgsql/npgsql#6391); the command interceptor of
/// <see cref="PersistenceServiceCollectionExtensions.Configure"/> forgets the connection's prepared statements then.
/// </summary>
public class FailedPreparationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_statement_refused_while_it_is_prepared_runs_again_on_the_same_connection()
    {
        var connectionString = PersistenceServiceCollectionExtensions.WithConnectionDefaults(database.ConnectionString + ";Maximum Pool Size=1");
        await using var dataSource = new NpgsqlDataSourceBuilder(connectionString).Build();

        async Task<int> CountAsync(string name)
        {
            var options = new DbContextOptionsBuilder<DialoogtafelsDbContext>();
            PersistenceServiceCollectionExtensions.Configure(options, dataSource);
            await using var db = new DialoogtafelsDbContext(options.Options);
            return await db.Themes.CountAsync(t => t.Name == name);
        }

        Assert.Equal(0, await CountAsync("a"));
        var refused = await Assert.ThrowsAsync<PostgresException>(() => CountAsync("a\0b")); // the run that prepares it
        Assert.Equal(PostgresErrorCodes.CharacterNotInRepertoire, refused.SqlState);
        Assert.Equal(0, await CountAsync("b"));
        Assert.Equal(0, await CountAsync("c"));
    }

    [Fact]
    public async Task A_statement_refused_inside_a_transaction_runs_again_on_the_same_connection()
    {
        var connectionString = PersistenceServiceCollectionExtensions.WithConnectionDefaults(database.ConnectionString + ";Maximum Pool Size=1");
        await using var dataSource = new NpgsqlDataSourceBuilder(connectionString).Build();

        async Task<int> CountAsync(string name, bool inTransaction = false)
        {
            var options = new DbContextOptionsBuilder<DialoogtafelsDbContext>();
            PersistenceServiceCollectionExtensions.Configure(options, dataSource);
            await using var db = new DialoogtafelsDbContext(options.Options);
            await using var transaction = inTransaction ? await db.Database.BeginTransactionAsync() : null;
            return await db.Themes.CountAsync(t => t.Name == name);
        }

        Assert.Equal(0, await CountAsync("a", inTransaction: true));
        var refused = await Assert.ThrowsAsync<PostgresException>(() => CountAsync("a\0b", inTransaction: true)); // the run that prepares it
        Assert.Equal(PostgresErrorCodes.CharacterNotInRepertoire, refused.SqlState);
        Assert.Equal(0, await CountAsync("b"));
        Assert.Equal(0, await CountAsync("c", inTransaction: true));
    }
}
