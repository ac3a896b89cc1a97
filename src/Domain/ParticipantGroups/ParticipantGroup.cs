using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Tables;

namespace Dialoogtafels.Domain.ParticipantGroups;

/// <summary>
/// A category of participants (inwoners, jongeren, ondernemers, ...), counted per table.
/// The model stores no personal data about participants.
/// </summary>
public class ParticipantGroup : ContentEntity
{
    public required string Name { get; set; }

    public required string Slug { get; set; }

    public string? Description { get; set; }

    public List<TableParticipantGroup> Tables { get; set; } = [];
}
