using GraphQL.DataLoader;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>
/// Continues a pending DataLoader result with another one: GraphQL.NET resolves the first, and when
/// its value is again a pending result (e.g. <see cref="LoadedItems{T}"/>), queues that with all other
/// pending loads of the step, so the second stage is batched across parents as well.
/// </summary>
internal static class DataLoaderChain
{
    /// <summary>The result of <paramref name="next"/> applied to the value of <paramref name="first"/>.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> first, Func<T, TResult> next) =>
        new Chained<T, TResult>(first, next);

    private sealed class Chained<T, TResult>(IDataLoaderResult<T> first, Func<T, TResult> next) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            next(await first.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
