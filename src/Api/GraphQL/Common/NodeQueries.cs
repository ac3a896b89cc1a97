using Dialoogtafels.Api.Data;
using Dialoogtafels.Domain.Common;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>
/// Root fields <c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c> (Relay Global Object
/// Identification). An id that is malformed, names an unknown type or an object you may not see
/// resolves to null; loads are batched with all other by-key loads of the same type.
/// </summary>
public sealed class NodeQueries : IQueryFields
{
    /// <summary>At most this many ids per <c>nodes</c> call. A constant, not <c>PagingOptions.MaxPageSize</c> (whose default is the same).</summary>
    public const int MaxIds = 50;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches an object by its global id; null when there is none you may see.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The global id of the object.")
            .Resolve(context => Load(context, context.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Fetches objects by their global ids, in the same order (null where not found). At most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The global ids of the objects.")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                    throw new ExecutionError($"`nodes` takes at most {MaxIds} ids; it got {ids.Count}.") { Code = "NODES_TOO_MANY_IDS" };
                return ids.Select(id => Load(context, id)).ToList();
            });
    }

    private static IDataLoaderResult<object?>? Load(IResolveFieldContext context, string id) =>
        GlobalId.TryDecode(id, out var typeName, out var key) ? Load(context, typeName, key) : null;

    /// <summary>
    /// The visible object of the node type <paramref name="typeName"/> with key <paramref name="key"/>, batched with
    /// the other by-key loads of that type; null when the name is not a node type.
    /// </summary>
    public static IDataLoaderResult<object?>? Load(IResolveFieldContext context, string typeName, int key)
    {
        if (context.Schema.AllTypes[typeName] is not INodeType nodeType) return null;
        return LoadersByType.GetOrAdd(nodeType.EntityType, type => LoadByIdMethod.MakeGenericMethod(type)
            .CreateDelegate<Func<IResolveFieldContext, int, IDataLoaderResult<object?>>>())(context, key);
    }

    private static readonly System.Reflection.MethodInfo LoadByIdMethod =
        typeof(NodeQueries).GetMethod(nameof(LoadByIdUntyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    // One delegate per entity type, made once: MakeGenericMethod and Invoke cost more than the rest of the resolver.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<IResolveFieldContext, int, IDataLoaderResult<object?>>> LoadersByType = new();

    private static IDataLoaderResult<object?> LoadByIdUntyped<T>(IResolveFieldContext context, int key) where T : ContentEntity =>
        new Untyped<T>(context.LoadById<T>(key));

    private sealed class Untyped<T>(IDataLoaderResult<T?> inner) : IDataLoaderResult<object?>
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            await inner.GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
