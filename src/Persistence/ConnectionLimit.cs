using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dialoogtafels.Persistence;

/// <summary>
/// A cap on the database connections one unit of work (the API enters one per GraphQL request) holds
/// open at the same time. Every connection that EF Core opens for a <see cref="DialoogtafelsDbContext"/>
/// (<see cref="PersistenceServiceCollectionExtensions.Configure"/> adds <see cref="ConnectionLimitInterceptor"/> to every context, pooled
/// or not) first waits for one of the <see cref="MaxConnections"/> permits of the unit of work it
/// runs in, and gives it back when EF Core closes (or disposes) the connection. So parallel work of
/// one request, such as the sibling fields that GraphQL.NET resolves at the same time, queues for
/// its own permits instead of taking the shared Npgsql pool, and other requests keep finding
/// connections.
/// </summary>
/// <remarks>
/// <para>The unit of work is an <see cref="AsyncLocal{T}"/> scope: <see cref="Enter"/> makes it current
/// for the calling method and everything it awaits or starts (resolvers, DataLoader batches); code
/// outside any scope (migrations, imports, tests that execute the schema directly) is not limited.</para>
/// <para>A unit of work must not open a second connection while it waits with one open (for example
/// inside a transaction); at the cap that would wait for itself until its cancellation token fires.
/// The API's reads each take one connection at a time (see
/// <c>PersistenceServiceCollectionExtensions.AddDialoogtafelsPersistence</c>).</para>
/// </remarks>
public sealed class ConnectionLimit : IDisposable
{
    private static readonly AsyncLocal<ConnectionLimit?> Ambient = new();

    private readonly SemaphoreSlim permits;
    private readonly ConnectionLimit? outer;
    private readonly CancellationToken cancellationToken;

    private ConnectionLimit(int maxConnections, ConnectionLimit? outer, CancellationToken cancellationToken)
    {
        MaxConnections = maxConnections;
        permits = new SemaphoreSlim(maxConnections, maxConnections);
        this.outer = outer;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>The unit of work the calling code runs in, or null outside any.</summary>
    public static ConnectionLimit? Current => Ambient.Value;

    /// <summary>Most connections open at the same time (at least 1).</summary>
    public int MaxConnections { get; }

    /// <summary>
    /// Starts a unit of work of at most <paramref name="maxConnections"/> open connections for the
    /// calling method and what it awaits; <see cref="Dispose"/> (or the end of the calling async
    /// method) ends it. A synchronous open waits at most until <paramref name="cancellationToken"/>
    /// fires, an asynchronous one until its own token fires (without one, this one).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="maxConnections"/> is below 1.</exception>
    public static ConnectionLimit Enter(int maxConnections, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConnections, 1);
        var limit = new ConnectionLimit(maxConnections, Ambient.Value, cancellationToken);
        Ambient.Value = limit;
        return limit;
    }

    /// <summary>Ends the unit of work (the enclosing one, if any, is current again). Connections still open keep their permits until they close.</summary>
    public void Dispose()
    {
        if (Ambient.Value == this) Ambient.Value = outer;
    }

    /// <summary>
    /// Takes <paramref name="count"/> of the permits away from this unit of work's connections until the result is
    /// disposed, waiting for them while connections hold them: the work then opens at most
    /// <see cref="MaxConnections"/> − <paramref name="count"/> connections at a time (the API runs an expensive
    /// request with fewer connections this way).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="count"/> is negative or not below <see cref="MaxConnections"/>.</exception>
    public async Task<IDisposable> WithholdAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(count, MaxConnections);
        var taken = 0;
        try
        {
            for (; taken < count; taken++) await permits.WaitAsync(cancellationToken);
        }
        catch
        {
            if (taken > 0) permits.Release(taken);
            throw;
        }

        return new Withheld(permits, count);
    }

    private sealed class Withheld(SemaphoreSlim permits, int count) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (count > 0 && Interlocked.Exchange(ref released, 1) == 0) permits.Release(count);
        }
    }

    // The caller's token (EF Core passes the query's, which in the API ends with the request and its
    // timeout); the unit of work's own when the caller has none.
    internal Task AcquireAsync(CancellationToken token) => permits.WaitAsync(token.CanBeCanceled ? token : cancellationToken);

    internal void Acquire() => permits.Wait(cancellationToken);

    internal void Release() => permits.Release();
}

/// <summary>
/// Makes every connection EF Core opens wait for a permit of the current <see cref="ConnectionLimit"/>
/// (if any) and gives the permit back when the connection is closed, fails or is disposed. Added to
/// every context by <see cref="PersistenceServiceCollectionExtensions.Configure"/>; stateless apart
/// from which open connection holds which permit.
/// </summary>
public sealed class ConnectionLimitInterceptor : DbConnectionInterceptor
{
    /// <summary>The one instance (it keeps no state per context).</summary>
    public static readonly ConnectionLimitInterceptor Instance = new();

    private readonly ConditionalWeakTable<DbConnection, ConnectionLimit> holders = new();

    private ConnectionLimitInterceptor()
    {
    }

    /// <inheritdoc />
    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        if (ConnectionLimit.Current is { } limit)
        {
            GiveBack(connection);
            limit.Acquire();
            holders.AddOrUpdate(connection, limit);
        }

        return result;
    }

    /// <inheritdoc />
    public override async ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (ConnectionLimit.Current is { } limit)
        {
            GiveBack(connection);
            await limit.AcquireAsync(cancellationToken).ConfigureAwait(false);
            holders.AddOrUpdate(connection, limit);
        }

        return result;
    }

    /// <inheritdoc />
    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => GiveBack(connection);

    /// <inheritdoc />
    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        GiveBack(connection);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => GiveBack(connection);

    /// <inheritdoc />
    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        GiveBack(connection);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => GiveBack(connection);

    /// <inheritdoc />
    public override Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        GiveBack(connection);
        return Task.CompletedTask;
    }

    private void GiveBack(DbConnection connection)
    {
        if (holders.TryGetValue(connection, out var limit) && holders.Remove(connection)) limit.Release();
    }
}
