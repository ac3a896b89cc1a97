using Npgsql;

namespace Dialoogtafels.Api.Tests.Support;

/// <summary>
/// A lock on a table, held by a transaction of its own until <see cref="ReleaseAsync"/> or disposal: the API's
/// statements on that table wait in PostgreSQL, a legal request that runs long.
/// </summary>
public sealed class TableLock : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly string table;

    private TableLock(NpgsqlConnection connection, NpgsqlTransaction transaction, string table) =>
        (this.connection, this.transaction, this.table) = (connection, transaction, table);

    /// <summary>Locks <paramref name="table"/> in <paramref name="mode"/> (<c>EXCLUSIVE</c> lets reads pass, <c>ACCESS EXCLUSIVE</c> does not).</summary>
    public static async Task<TableLock> HoldAsync(string connectionString, string table, string mode = "ACCESS EXCLUSIVE")
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand($"LOCK TABLE {table} IN {mode} MODE", connection, transaction)) await lockTable.ExecuteNonQueryAsync();
        return new TableLock(connection, transaction, table);
    }

    /// <summary>Waits until a statement waits for this lock (at most 10 s).</summary>
    // pg_locks covers the whole cluster, and the test databases, made by the same migrations, share relation oids:
    // only a waiter in this database counts.
    public async Task WaitForWaiterAsync()
    {
        for (var i = 0; i < 200; i++)
        {
            await using var waiting = new NpgsqlCommand($"SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = '{table}'::regclass AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", connection, transaction);
            if ((long)(await waiting.ExecuteScalarAsync())! > 0) return;
            await Task.Delay(50);
        }

        Assert.Fail($"no statement waited for the lock on {table} within 10 s");
    }

    /// <summary>Ends the transaction, and so the lock.</summary>
    public Task ReleaseAsync() => transaction.RollbackAsync();

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
