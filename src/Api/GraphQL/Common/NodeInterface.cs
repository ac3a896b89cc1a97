using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary><c>interface Node { id: ID! }</c> (Relay Global Object Identification Specification).</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque and stable id, refetchable with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the object.");
    }
}
