using System.Collections.Concurrent;
using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Paging;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>
/// Creates the connection and edge types of list fields, named as HotChocolate names them after the
/// field: <c>ideas</c> → <c>IdeasConnection</c> and <c>IdeasEdge</c>. One instance per name per
/// schema (a singleton service), so fields with the same name and node type share their types.
/// </summary>
/// <param name="catalog">The entities of the schema: a connection's node type is named as its entity's declaration says.</param>
public sealed class ConnectionTypes(EntityCatalog catalog)
{
    /// <summary>The entities of the schema; list fields read their arguments' types from it.</summary>
    public EntityCatalog Catalog => catalog;

    private readonly ConcurrentDictionary<string, (string Node, IGraphType Type)> types = new();

    /// <summary>The <c>{Field}Connection</c> type for the field <paramref name="fieldName"/> over the node type named <paramref name="nodeTypeName"/>.</summary>
    /// <exception cref="InvalidOperationException">When the name is already used for another node type.</exception>
    public IGraphType For(string fieldName, string nodeTypeName)
    {
        var prefix = char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
        var entry = types.GetOrAdd(prefix, _ => (nodeTypeName, Create(prefix, nodeTypeName)));
        if (entry.Node != nodeTypeName)
            throw new InvalidOperationException($"{prefix}Connection is used for both {entry.Node} and {nodeTypeName}; rename one field.");
        return entry.Type;
    }

    private static ObjectGraphType Create(string prefix, string nodeTypeName)
    {
        var node = new GraphQLTypeReference(nodeTypeName);
        var edge = new ObjectGraphType { Name = prefix + "Edge", Description = "An edge in a connection." };
        edge.Field("cursor", new NonNullGraphType(new GraphQLTypeReference("String"))).Description("A cursor for use in pagination.")
            .Resolve(context => ((IEdge)context.Source!).Cursor);
        edge.Field("node", new NonNullGraphType(node)).Description("The item at the end of the edge.")
            .Resolve(context => ((IEdge)context.Source!).NodeObject);

        var connection = new ObjectGraphType { Name = prefix + "Connection", Description = "A connection to a list of items." };
        connection.Field("pageInfo", new NonNullGraphType(new GraphQLTypeReference("PageInfo"))).Description("Information to aid in pagination.")
            .Resolve(context => ((IConnection)context.Source!).PageInfo);
        connection.Field("edges", new ListGraphType(new NonNullGraphType(edge))).Description("A list of edges.")
            .Resolve(context => ((IConnection)context.Source!).EdgeObjects);
        connection.Field("nodes", new ListGraphType(new NonNullGraphType(node))).Description("A flattened list of the nodes.")
            .Resolve(context => ((IConnection)context.Source!).NodeObjects);
        connection.Field("totalCount", new NonNullGraphType(new GraphQLTypeReference("Int")))
            .Description("Identifies the total count of items in the connection; computed only when selected.")
            .Resolve(context => ((IConnection)context.Source!).TotalCount());
        return connection;
    }
}
