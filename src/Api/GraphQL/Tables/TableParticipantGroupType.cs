using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.GraphQL.ParticipantGroups;
using Dialoogtafels.Domain.ParticipantGroups;
using Dialoogtafels.Domain.Tables;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Tables;

/// <summary>GraphQL type <c>TableParticipantGroup</c>: how many of one participant group sat at a table.</summary>
public sealed class TableParticipantGroupType : ObjectGraphType<TableParticipantGroup>
{
    public TableParticipantGroupType()
    {
        Name = "TableParticipantGroup";
        Description = "The number of participants of one group at a table. No personal data is stored.";
        this.Reference<TableParticipantGroup, ParticipantGroup, ParticipantGroupType>("participantGroup", x => x.ParticipantGroupId)
            .Description("The participant group.");
        Field(x => x.Count, nullable: true).Description("Number of participants of the group; null when unknown.");
    }
}
