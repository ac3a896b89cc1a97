using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>The root <c>Query</c> type, assembled from the <see cref="IQueryFields"/> of <see cref="Features.QueryFields"/>, in that order.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "Published results of the Dutch government's citizen dialogues (dialoogtafels).";
        foreach (var feature in features) feature.AddTo(this);
    }
}
