using Dialoogtafels.Api.GraphQL.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary>Root fields <c>ideas</c> (cursor paging) and <c>ideaSegment</c> (offset paging, for numbered pages).</summary>
public sealed class IdeaQueries(ConnectionTypes connections, CollectionSegmentTypes segments) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection(connections, "ideas", db => db.Ideas).Description("All ideas.");
        query.CollectionSegment(segments, "ideaSegment", db => db.Ideas)
            .Description("All ideas, one offset page at a time (skip, take): for numbered pages. Deep pages are refused above the maximum skip; page with cursors (`ideas`) there.");
    }
}
