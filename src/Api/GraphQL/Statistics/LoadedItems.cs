using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Common;
using GraphQL;
using GraphQL.DataLoader;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>
/// Items by key, in the given order, through the batched by-key loads of <see cref="ResolveContextExtensions.LoadById{T}"/>
/// (one statement per execution step for all of them); keys whose item is gone or not visible are skipped.
/// </summary>
internal sealed class LoadedItems<T> : IDataLoaderResult<List<T>> where T : ContentEntity
{
    private readonly IReadOnlyList<IDataLoaderResult<T?>> items;

    /// <summary>Queues the loads of <paramref name="ids"/> for the selection of <paramref name="context"/>'s field.</summary>
    public LoadedItems(IResolveFieldContext context, IEnumerable<int> ids) => items = ids.Select(context.LoadById<T>).ToList();

    /// <inheritdoc />
    public async Task<List<T>> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var loaded = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (await item.GetResultAsync(cancellationToken).ConfigureAwait(false) is { } value) loaded.Add(value);
        }

        return loaded;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
