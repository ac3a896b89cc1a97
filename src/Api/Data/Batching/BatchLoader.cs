using GraphQL.DataLoader;

namespace Dialoogtafels.Api.Data.Batching;

/// <summary>
/// A request-scoped DataLoader: <see cref="Load"/> collects keys and returns a pending
/// <see cref="IDataLoaderResult{T}"/>; GraphQL.NET's execution strategy calls
/// <see cref="IDataLoaderResult.GetResultAsync"/> only after every resolver of the current level has
/// run, so the first such call fetches all keys collected so far in one round trip. Results are
/// cached per key for the rest of the request. Thread-safe: sibling resolvers run in parallel.
/// </summary>
/// <typeparam name="TKey">Key type, e.g. a parent id.</typeparam>
/// <typeparam name="TValue">Value per key; keys the fetch does not return get <c>default</c>.</typeparam>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch = fetch;
    private readonly TValue missing = missing;
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, Batch> batchOfKey = [];
    private Batch? open;

    /// <summary>Queues <paramref name="key"/> (once per request) and returns its pending value.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (gate)
        {
            if (!batchOfKey.TryGetValue(key, out var batch))
            {
                if (open is null || open.Started) open = new Batch(this);
                batch = open;
                batch.Keys.Add(key);
                batchOfKey[key] = batch;
            }

            return new Pending(batch, key);
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        public readonly List<TKey> Keys = [];
        private Task<Dictionary<TKey, TValue>>? task;

        public bool Started => task is not null;

        public Task<Dictionary<TKey, TValue>> RunAsync(CancellationToken cancellationToken)
        {
            lock (owner.gate)
            {
                return task ??= owner.fetch(Keys.ToArray(), cancellationToken);
            }
        }

        public TValue ValueOf(Dictionary<TKey, TValue> values, TKey key) =>
            values.TryGetValue(key, out var value) ? value : owner.missing;
    }

    private sealed class Pending(Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) =>
            batch.ValueOf(await batch.RunAsync(cancellationToken).ConfigureAwait(false), key);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
