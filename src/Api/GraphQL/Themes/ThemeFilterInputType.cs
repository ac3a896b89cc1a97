using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary><c>ThemeFilterInput</c>: the filterable members of <see cref="Theme"/>, one line each.</summary>
public sealed class ThemeFilterInputType : FilterInputType<Theme>
{
    public ThemeFilterInputType(FilterTypes types)
        : base(types)
    {
        Filter(x => x.Name);
        Filter(x => x.Slug);
        Filter(x => x.Description);
        Filter(x => x.Parent);
        Filter(x => x.Children);
        Filter(x => x.Stories);
        Filter(x => x.Ideas);
        Filter(x => x.ReviewRequestedAt, role: Role.Editor);
    }
}
