using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Domain.ParticipantGroups;

namespace Dialoogtafels.Api.GraphQL.ParticipantGroups;

/// <summary>
/// Participant groups: who sat at the tables (citizens, organisations, scientists, …).
/// Root field <c>participantGroups</c> (<see cref="ParticipantGroupQueries"/>); mutations
/// <c>createParticipantGroup</c> … <c>restoreParticipantGroup</c> (<see cref="ParticipantGroupEditing"/>).
/// </summary>
public static class ParticipantGroupFeature
{
    /// <summary>The GraphQL type name of a participant group (also in global ids and audit records).</summary>
    public const string TypeName = "ParticipantGroup";

    /// <summary>The declaration.</summary>
    public static Feature Declaration { get; } = new()
    {
        Name = "ParticipantGroups",
        Entities =
        [
            new EntityDescriptor<ParticipantGroup>
            {
                TypeName = TypeName,
                GraphType = typeof(ParticipantGroupType),
                FilterType = typeof(ParticipantGroupFilterInputType),
                SortType = typeof(ParticipantGroupSortInputType),
                Editing = new ParticipantGroupEditing(),
            },
        ],
    };
}
