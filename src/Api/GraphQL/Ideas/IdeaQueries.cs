using Dialoogtafels.Api.GraphQL.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary>Root field <c>ideas</c>.</summary>
public sealed class IdeaQueries(ConnectionTypes connections) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection(connections, "ideas", "Idea", db => db.Ideas).Description("All ideas.");
}
