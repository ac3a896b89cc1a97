using Dialoogtafels.Api.GraphQL.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Stories;

/// <summary>Root field <c>stories</c>.</summary>
public sealed class StoryQueries(ConnectionTypes connections) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection(connections, "stories", "Story", db => db.Stories).Description("All stories.");
}
