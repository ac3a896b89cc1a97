using Dialoogtafels.Api.GraphQL.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Stories;

/// <summary>Root fields <c>stories</c> (cursor paging) and <c>storySegment</c> (offset paging, for numbered pages).</summary>
public sealed class StoryQueries(ConnectionTypes connections, CollectionSegmentTypes segments) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection(connections, "stories", db => db.Stories).Description("All stories.");
        query.CollectionSegment(segments, "storySegment", db => db.Stories)
            .Description("All stories, one offset page at a time (skip, take): for numbered pages. Deep pages are refused above the maximum skip; page with cursors (`stories`) there.");
    }
}
