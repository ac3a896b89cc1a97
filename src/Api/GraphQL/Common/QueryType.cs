using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>The root <c>Query</c> type, assembled from every feature's <see cref="IQueryFields"/>.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "Published results of the Dutch government's citizen dialogues (dialoogtafels).";
        foreach (var feature in features.OrderBy(f => f.GetType().Name, StringComparer.Ordinal)) feature.AddTo(this);
    }
}
