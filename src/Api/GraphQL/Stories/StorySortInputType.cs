using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Domain.Stories;

namespace Dialoogtafels.Api.GraphQL.Stories;

/// <summary><c>StorySortInput</c>: the sortable members of <see cref="Story"/>, one line each.</summary>
public sealed class StorySortInputType : SortInputType<Story>
{
    public StorySortInputType(EntityCatalog catalog)
        : base(catalog)
    {
        Sort(x => x.Kind);
        Sort(x => x.Title);
        Sort(x => x.Dialogue);
        Sort(x => x.Table);
        Sort(x => x.CreatedAt);
        Sort(x => x.UpdatedAt);
    }
}
