namespace Dialoogtafels.Api.Data.Statistics;

/// <summary>
/// The value of one dimension for one item, as PostgreSQL computes it: the key of a related entity
/// (<see cref="Id"/>) with its label (<see cref="Text"/>), or a value without entity (an enum value's
/// GraphQL name in <see cref="Text"/>, <see cref="Id"/> null). Both null is the "none" value: the item
/// has nothing in this dimension (e.g. an idea without a proposed actor).
/// </summary>
public sealed class DimensionKey
{
    /// <summary>The related entity's key; null for enum values and for "none".</summary>
    public int? Id { get; set; }

    /// <summary>The entity's label (name, title) or the enum value's GraphQL name; null for "none".</summary>
    public string? Text { get; set; }
}
