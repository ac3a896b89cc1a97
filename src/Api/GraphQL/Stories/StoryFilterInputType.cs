using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Stories;

namespace Dialoogtafels.Api.GraphQL.Stories;

/// <summary><c>StoryFilterInput</c>: the filterable members of <see cref="Story"/>, one line each.</summary>
public sealed class StoryFilterInputType : FilterInputType<Story>
{
    public StoryFilterInputType(FilterTypes types)
        : base(types)
    {
        Filter(x => x.Kind);
        Filter(x => x.Title);
        Filter(x => x.Body);
        Filter(x => x.IsParaphrase);
        Filter(x => x.Dialogue);
        Filter(x => x.Table);
        Filter(x => x.Themes);
        FilterWithAncestors(x => x.Themes);
        Filter(x => x.Ideas);
        Filter(x => x.CreatedAt);
        Filter(x => x.UpdatedAt);
        Filter(x => x.ReviewRequestedAt, role: Role.Editor);
    }
}
