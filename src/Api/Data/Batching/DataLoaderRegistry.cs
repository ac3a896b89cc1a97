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
    private readonly ConcurrentDictionary<(object Field, object Definition, Type Type), object> perField = new();

    /// <summary>Returns the loader named <paramref name="name"/>, creating it with <paramref name="create"/> the first time.</summary>
    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, Func<BatchLoader<TKey, TValue>> create)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)loaders.GetOrAdd(name, _ => create());

    /// <summary>
    /// What <paramref name="create"/> returns for one field of the document (its AST node and its
    /// definition) and type <typeparamref name="T"/>, created once per request: the resolver of a field inside a list runs once per
    /// item, but its arguments, selection and therefore its loader are the same for every item.
    /// </summary>
    public T ForField<T>(object fieldNode, object fieldDefinition, Func<T> create) where T : class =>
        (T)perField.GetOrAdd((fieldNode, fieldDefinition, typeof(T)), _ => create());
}
