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
    /// shutdown, crash shutdown, cannot connect now); PostgreSQL 15 docs, Appendix A "Error Codes".
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal);
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                    return true;
            }
        }

        return false;
    }
}
