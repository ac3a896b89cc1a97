using System.Net.Sockets;
using Npgsql;

namespace Dialoogtafels.Persistence;

/// <summary>
/// Tells a database outage (PostgreSQL down, restarting, unreachable, or a connection it closed) from a
/// failure of the statement itself, so that callers can answer "try again later" instead of a fault.
/// </summary>
public static class DatabaseFailures
{
    /// <summary>
    /// True when <paramref name="exception"/> (or an inner exception) says the database cannot be used right
    /// now: a transient <see cref="NpgsqlException"/> (connecting failed or timed out, the connection broke), a
    /// socket error, or a PostgreSQL error of class 08 (connection exception) or 57P (operator intervention:
    /// shutdown, crash shutdown, cannot connect now); PostgreSQL 15 docs, Appendix A "Error Codes"; or a
    /// <see cref="ConnectionBrokenException"/>.
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal);
                case ConnectionBrokenException:
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>True when Npgsql has found <paramref name="connection"/> broken (the server closed it, or I/O on it failed).</summary>
    public static bool IsBroken(System.Data.Common.DbConnection connection) =>
        connection is NpgsqlConnection npgsql && npgsql.FullState.HasFlag(System.Data.ConnectionState.Broken);
}

/// <summary>
/// A transaction's connection broke, so its work failed with a follow-up error instead of the outage itself: Npgsql
/// ends the transaction of a broken connection, and the next command or the commit fails with "Transaction is
/// already completed" (an <see cref="InvalidOperationException"/>). <see cref="DatabaseFailures.IsUnavailable"/> counts it as an outage.
/// </summary>
public sealed class ConnectionBrokenException(Exception inner)
    : Exception("The connection to the database broke during a transaction; nothing of it was committed.", inner);
