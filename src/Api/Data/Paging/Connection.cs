using GraphQL.DataLoader;

namespace Dialoogtafels.Api.Data.Paging;

/// <summary>
/// One page of a cursor connection (Relay Cursor Connections Specification) as the GraphQL
/// connection types read it. Values that cost an extra SQL statement — <see cref="TotalCount"/> and,
/// depending on the direction, one of the page-info flags — are deferred: they run only when the
/// client selects them, batched with the same field of sibling connections.
/// </summary>
/// <typeparam name="T">The node type.</typeparam>
public sealed class Connection<T> : IConnection
{
    /// <summary>The page's items with their cursors, in key order.</summary>
    public required IReadOnlyList<Edge<T>> Edges { get; init; }

    /// <summary>Page flags and boundary cursors.</summary>
    public required PageInfo PageInfo { get; init; }

    /// <summary>Number of all items of the connection (not just this page), loaded when selected.</summary>
    public required Func<IDataLoaderResult<int>> TotalCount { get; init; }

    /// <summary>The nodes of <see cref="Edges"/>.</summary>
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    IEnumerable<IEdge> IConnection.EdgeObjects => Edges;

    IEnumerable<object> IConnection.NodeObjects => Edges.Select(e => (object)e.Node!);
}

/// <summary>A connection seen without its node type, as the generic GraphQL connection types read it.</summary>
public interface IConnection
{
    PageInfo PageInfo { get; }

    IEnumerable<IEdge> EdgeObjects { get; }

    IEnumerable<object> NodeObjects { get; }

    Func<IDataLoaderResult<int>> TotalCount { get; }
}

/// <summary>An edge seen without its node type.</summary>
public interface IEdge
{
    string Cursor { get; }

    object NodeObject { get; }
}

/// <summary>
/// An item of a page and its cursor. The cursor (<see cref="Paging.Cursor.Encode"/> of the order's
/// signature and the item's key values) is encoded when first read: most clients select
/// <c>nodes</c> and no cursors.
/// </summary>
public sealed class Edge<T>(T node, string signature, object?[] keys) : IEdge
{
    private string? cursor;

    /// <summary>The opaque cursor of this item in its list and order.</summary>
    public string Cursor => cursor ??= Paging.Cursor.Encode(signature, keys);

    /// <summary>The item.</summary>
    public T Node { get; } = node;

    object IEdge.NodeObject => Node!;
}

/// <summary>Relay <c>PageInfo</c>; each flag is a (possibly deferred) DataLoader result.</summary>
public sealed class PageInfo
{
    public required Func<IDataLoaderResult<bool>> HasNextPage { get; init; }

    public required Func<IDataLoaderResult<bool>> HasPreviousPage { get; init; }

    /// <summary>The first edge of the page, null when it is empty.</summary>
    public IEdge? FirstEdge { get; init; }

    /// <summary>The last edge of the page, null when it is empty.</summary>
    public IEdge? LastEdge { get; init; }

    /// <summary>The cursor of <see cref="FirstEdge"/>.</summary>
    public string? StartCursor => FirstEdge?.Cursor;

    /// <summary>The cursor of <see cref="LastEdge"/>.</summary>
    public string? EndCursor => LastEdge?.Cursor;
}

/// <summary>A DataLoader result that is already known.</summary>
public sealed class Known<T>(T value) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}

/// <summary>A DataLoader result computed by a task started when first asked for.</summary>
public sealed class Deferred<T>(Func<CancellationToken, Task<T>> compute) : IDataLoaderResult<T>
{
    private Task<T>? task;

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => task ??= compute(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
