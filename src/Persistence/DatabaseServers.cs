using Npgsql;

namespace Dialoogtafels.Persistence;

/// <summary>
/// The PostgreSQL servers of the application and the data source of each <see cref="DatabaseRoute"/>.
/// <list type="bullet">
/// <item>One host in the connection string: one data source, for both routes (<see cref="Reads"/> is null).</item>
/// <item>Several hosts (Npgsql's multi-host form <c>Host=db1:5432,db2:5432</c>: a primary and its streaming
/// standbys, in any order): one <see cref="NpgsqlMultiHostDataSource"/>, with a connection pool per host, seen
/// as <see cref="Primary"/> (<see cref="TargetSessionAttributes.Primary"/>) and <see cref="Reads"/>
/// (<see cref="TargetSessionAttributes.PreferStandby"/>: a standby while one answers, else the primary). Npgsql
/// learns each host's role from the server (<c>pg_is_in_recovery()</c>), marks a host it cannot reach offline
/// and tries it again after <c>Host Recheck Seconds</c> (default 10); with <c>Load Balance Hosts=true</c> the
/// reads are spread over the standbys. See https://www.npgsql.org/doc/failover-and-load-balancing.html.</item>
/// </list>
/// </summary>
public sealed class DatabaseServers
{
    /// <summary>Servers from data sources the caller built (tests; <see cref="Connect"/> builds them from a connection string).</summary>
    /// <param name="primary">Writes and reads that must see them.</param>
    /// <param name="reads">Reads that may lag behind the primary; null when they go to <paramref name="primary"/>.</param>
    public DatabaseServers(NpgsqlDataSource primary, NpgsqlDataSource? reads = null)
    {
        Primary = primary;
        Reads = reads;
    }

    /// <summary>The data source of <see cref="DatabaseRoute.Primary"/>: the primary server, writable.</summary>
    public NpgsqlDataSource Primary { get; }

    /// <summary>The data source of <see cref="DatabaseRoute.PreferStandby"/>, or null when no standby is configured (all reads go to <see cref="Primary"/>).</summary>
    public NpgsqlDataSource? Reads { get; }

    /// <summary>The data source of <paramref name="route"/>.</summary>
    public NpgsqlDataSource For(DatabaseRoute route) => route == DatabaseRoute.PreferStandby && Reads is not null ? Reads : Primary;

    /// <summary>The data source of the calling code's route (<see cref="DatabaseRouting.Current"/>).</summary>
    public NpgsqlDataSource Current => For(DatabaseRouting.Current);

    /// <summary>Builds the servers of <paramref name="connectionString"/>: several hosts (comma-separated <c>Host</c>) make a multi-host data source.</summary>
    public static DatabaseServers Connect(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.Host?.Contains(',') != true) return new DatabaseServers(builder.Build());
        var servers = builder.BuildMultiHost();
        return new DatabaseServers(servers.WithTargetSession(TargetSessionAttributes.Primary), servers.WithTargetSession(TargetSessionAttributes.PreferStandby));
    }
}
