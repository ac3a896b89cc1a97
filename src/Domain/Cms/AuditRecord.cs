using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Domain.Cms;

/// <summary>One change to content: actor, role, time, entity, operation and the fields it changed. Written in the change's own transaction.</summary>
public class AuditRecord : IEntity
{
    public int Id { get; set; }

    public required string Actor { get; set; }

    public required string Role { get; set; }

    /// <summary>When the change was made (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The GraphQL type name of the item, e.g. <c>Idea</c>.</summary>
    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    /// <summary>The operation, e.g. <c>create</c>, <c>update</c>, <c>publish</c>, <c>delete</c>.</summary>
    public required string Operation { get; set; }

    /// <summary>The GraphQL names of the fields the operation changed; empty when none (e.g. publish without edits).</summary>
    public List<string> ChangedFields { get; set; } = [];
}
