namespace Dialoogtafels.Domain.Common;

/// <summary>
/// Where a piece of content is in its life cycle. Anonymous readers see <see cref="Published"/> only
/// (issue "The dialogue API end to end", §2).
/// </summary>
public enum PublicationStatus
{
    /// <summary>Being written or reviewed; visible to editors only.</summary>
    Draft = 0,

    /// <summary>Visible to everyone.</summary>
    Published = 1,

    /// <summary>Withdrawn from the public but kept for the record.</summary>
    Archived = 2,
}
