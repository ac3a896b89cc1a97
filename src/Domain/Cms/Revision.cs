using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Domain.Cms;

/// <summary>A saved state of a content item: who saved it, when, and its full content (JSON of its editable fields).</summary>
public class Revision : IEntity
{
    public int Id { get; set; }

    /// <summary>The GraphQL type name of the item, e.g. <c>Idea</c>.</summary>
    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    /// <summary>1 for the first revision of the item, counting up.</summary>
    public int Number { get; set; }

    /// <summary>The operation that produced it, e.g. <c>update</c>.</summary>
    public required string Operation { get; set; }

    /// <summary>Who saved it (the token's subject).</summary>
    public required string Actor { get; set; }

    /// <summary>The actor's role, e.g. <c>EDITOR</c>.</summary>
    public required string Role { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The editable fields by name, as JSON.</summary>
    public required string Content { get; set; }
}
