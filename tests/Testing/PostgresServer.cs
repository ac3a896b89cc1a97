using Npgsql;

namespace Dialoogtafels.Testing;

/// <summary>
/// The PostgreSQL server the tests run against: <c>ConnectionStrings__Dialoogtafels</c> from the
/// environment (set by <c>scripts/test</c>), else a local cluster on port 55433. Tests never use the
/// database named in it; they create their own.
/// </summary>
public static class PostgresServer
{
    /// <summary>Connection string of the server's maintenance database.</summary>
    public static string AdminConnectionString { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Dialoogtafels")
        ?? "Host=127.0.0.1;Port=55433;Username=postgres;Database=postgres";

    /// <summary>The same server, pointed at <paramref name="database"/>.</summary>
    public static string For(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    /// <summary>Runs one SQL statement against the maintenance database.</summary>
    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
