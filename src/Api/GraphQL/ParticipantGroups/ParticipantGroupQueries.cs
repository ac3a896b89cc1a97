using Dialoogtafels.Api.GraphQL.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.ParticipantGroups;

/// <summary>Root field <c>participantGroups</c>.</summary>
public sealed class ParticipantGroupQueries(ConnectionTypes connections) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection(connections, "participantGroups", db => db.ParticipantGroups)
            .Description("All participant groups.");
}
