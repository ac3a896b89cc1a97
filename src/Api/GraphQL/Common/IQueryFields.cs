using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>A feature's contribution of fields to the root <c>Query</c> type; listed in <see cref="Features.QueryFields"/>.</summary>
public interface IQueryFields
{
    /// <summary>Adds the feature's root fields to <paramref name="query"/>.</summary>
    void AddTo(ObjectGraphType query);
}
