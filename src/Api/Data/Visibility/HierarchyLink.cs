namespace Dialoogtafels.Api.Data.Visibility;

/// <summary>
/// One row of the closure of a hierarchy (e.g. themes and their parents): an item and one of its
/// ancestors, or the item itself at depth 0. A feature declares the closure of its entity as
/// <see cref="Catalog.EntityDescriptor.Ancestors"/>; <see cref="ContentVisibility.Links{T}"/> keeps the
/// links a caller may follow.
/// </summary>
public sealed class HierarchyLink
{
    /// <summary>The key of the item.</summary>
    public int ItemId { get; set; }

    /// <summary>The key of the item itself (depth 0) or of one of its ancestors.</summary>
    public int AncestorId { get; set; }

    /// <summary>How many parent links lie between the item and the ancestor: 0 for the item itself, 1 for its parent.</summary>
    public int Depth { get; set; }
}
