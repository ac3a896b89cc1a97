using System.Collections.Concurrent;

namespace Dialoogtafels.Api.Data.Batching;

/// <summary>
/// The DataLoaders of one request (a scoped service). A loader is identified by a name that must
/// include everything its fetch depends on besides the key (the field, its arguments), so that
/// resolvers asking for the same data share one batch.
/// </summary>
public sealed class DataLoaderRegistry
{
    private readonly ConcurrentDictionary<string, object> loaders = new();

    /// <summary>Returns the loader named <paramref name="name"/>, creating it with <paramref name="create"/> the first time.</summary>
    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, Func<BatchLoader<TKey, TValue>> create)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)loaders.GetOrAdd(name, _ => create());
}
