using Dialoogtafels.Api.Data;
using Dialoogtafels.Api.Data.Projection;
using Dialoogtafels.Api.GraphQL.Cms;
using Dialoogtafels.Api.Security;
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
        Field<NonNullGraphType<DateTimeType>>("updatedAt")
            .Description("When the item was last changed (UTC). For the public: when its published content last changed (a pending draft "
                         + "or review request does not change it). For CMS users: when it was last saved, its draft included; "
                         + "filters and sorting on `updatedAt` use the same value.")
            .Reads(nameof(ContentEntity.UpdatedAt), nameof(ContentEntity.EditedAt))
            .Resolve(context => context.ReadsCmsMembers() ? context.Source.EditedAt : context.Source.UpdatedAt);
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("The version of the item. For CMS users it counts up on every save (its draft and review requests included): "
                         + "pass it as `expectedVersion` when you change the item. For the public it counts up only when the published content changes.")
            .Reads(nameof(ContentEntity.Version), nameof(ContentEntity.EditVersion))
            .Resolve(context => context.ReadsCmsMembers() ? context.Source.EditVersion : context.Source.Version);
        Field("draft", new GraphQLTypeReference(name))
            .Description("CMS only: the item with its unpublished changes; null when it has none. The item itself shows what the public sees.")
            .RequireRole(Role.Editor)
            .Reads(nameof(ContentEntity.PendingDraft))
            .Resolve(context => context.Source.PendingDraft is null ? null : context.LoadDraft<T>(context.Source.Id));
        Field<DateTimeType>("reviewRequestedAt")
            .Description("CMS only: when the item was submitted for review; null when it is not in review.")
            .RequireRole(Role.Editor)
            .Resolve(context => context.Source.ReviewRequestedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevisionType>>>>("revisions")
            .Description("CMS only: every saved state of the item, newest first.")
            .RequireRole(Role.Editor)
            .Resolve(context => context.LoadRevisions(name, context.Source.Id));
    }

    /// <inheritdoc />
    public Type EntityType => typeof(T);
}
