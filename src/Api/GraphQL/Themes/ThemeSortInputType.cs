using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary><c>ThemeSortInput</c>: the sortable members of <see cref="Theme"/>, one line each.</summary>
public sealed class ThemeSortInputType : SortInputType<Theme>
{
    public ThemeSortInputType(EntityCatalog catalog)
        : base(catalog)
    {
        Sort(x => x.Name);
        Sort(x => x.Slug);
        Sort(x => x.Parent);
    }
}
