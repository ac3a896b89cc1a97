using Dialoogtafels.Domain.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>Marks an object type whose objects are refetchable through <c>node(id:)</c>.</summary>
public interface INodeType
{
    /// <summary>The entity class behind the type.</summary>
    Type EntityType { get; }
}

/// <summary>
/// Base of every content type: implements <c>Node</c> with a global <c>id</c> and exposes the
/// publication status and timestamps every content entity has.
/// </summary>
/// <typeparam name="T">The entity.</typeparam>
public abstract class NodeType<T> : ObjectGraphType<T>, INodeType where T : ContentEntity
{
    protected NodeType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = value => value is T;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global id (Relay), usable with `node(id:)`.")
            .Resolve(context => GlobalId.Encode(name, context.Source.Id));
        Field<NonNullGraphType<PublicationStatusType>>("status")
            .Description("Publication status. Anonymous clients only ever see PUBLISHED content.")
            .Resolve(context => context.Source.Status);
        Field<NonNullGraphType<DateTimeType>>("createdAt").Description("When the item was created (UTC).").Resolve(context => context.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeType>>("updatedAt").Description("When the item was last changed (UTC).").Resolve(context => context.Source.UpdatedAt);
    }

    /// <inheritdoc />
    public Type EntityType => typeof(T);
}
