namespace Dialoogtafels.Persistence;

/// <summary>
/// Which PostgreSQL server a unit of work uses when the connection string names a primary and streaming
/// standbys (<see cref="DatabaseServers"/>); with one server both routes lead to it. The names are
/// Npgsql's <c>Target Session Attributes</c>.
/// </summary>
public enum DatabaseRoute
{
    /// <summary>The primary: writes, and every read that must see them (the default, also outside any request).</summary>
    Primary,

    /// <summary>A standby when one answers, else the primary: reads that may be a replication delay behind.</summary>
    PreferStandby,
}

/// <summary>
/// The <see cref="DatabaseRoute"/> of the calling code: an <see cref="AsyncLocal{T}"/> scope, entered per
/// request by the API and flowing into everything it awaits or starts (resolvers, DataLoader batches), as
/// <see cref="ConnectionLimit"/> does. <see cref="DatabaseServers.For"/> and the context factory of
/// <see cref="PersistenceServiceCollectionExtensions.AddDialoogtafelsPersistence"/> read it when they hand out
/// a data source or a context; outside any scope (migrations, imports, health checks) the route is
/// <see cref="DatabaseRoute.Primary"/>.
/// </summary>
public static class DatabaseRouting
{
    private static readonly AsyncLocal<DatabaseRoute> Ambient = new();

    /// <summary>The route of the calling code; <see cref="DatabaseRoute.Primary"/> outside any scope.</summary>
    public static DatabaseRoute Current => Ambient.Value;

    /// <summary>
    /// Makes <paramref name="route"/> current for the calling method and what it awaits or starts; disposing the
    /// result (or the end of the calling async method) makes the enclosing route current again.
    /// </summary>
    public static IDisposable Enter(DatabaseRoute route)
    {
        var scope = new Scope(Ambient.Value, route);
        Ambient.Value = route;
        return scope;
    }

    private sealed class Scope(DatabaseRoute outer, DatabaseRoute route) : IDisposable
    {
        public void Dispose()
        {
            if (Ambient.Value == route) Ambient.Value = outer;
        }
    }
}
