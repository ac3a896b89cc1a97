using Dialoogtafels.Domain.ParticipantGroups;

namespace Dialoogtafels.Domain.Tables;

/// <summary>How many participants of one <see cref="ParticipantGroup"/> sat at a table. No personal data.</summary>
public class TableParticipantGroup
{
    public int TableId { get; set; }

    public Table? Table { get; set; }

    public int ParticipantGroupId { get; set; }

    public ParticipantGroup? ParticipantGroup { get; set; }

    /// <summary>Number of participants of the group; null when the group took part but its size is unknown.</summary>
    public int? Count { get; set; }
}
