using Dialoogtafels.Api.GraphQL.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Tables;

/// <summary>Root field <c>tables</c>.</summary>
public sealed class TableQueries(ConnectionTypes connections) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection(connections, "tables", db => db.Tables).Description("All dialogue tables.");
}
