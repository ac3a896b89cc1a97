using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Tables;

namespace Dialoogtafels.Domain.ParticipantGroups;

/// <summary>
/// A category of participants (inwoners, jongeren, ondernemers, ...), counted per table.
/// The model stores no personal data about participants.
/// </summary>
public class ParticipantGroup : ContentEntity
{
    /// <summary>Maximum length of <see cref="Name"/>, in characters (also the column length).</summary>
    public const int NameMaxLength = 150;

    /// <summary>Maximum length of <see cref="Description"/>, in characters (the CMS limit; the column is unbounded text).</summary>
    public const int DescriptionMaxLength = 5_000;

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public string? Description { get; set; }

    public List<TableParticipantGroup> Tables { get; set; } = [];
}
