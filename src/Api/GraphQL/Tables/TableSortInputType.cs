using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Domain.Tables;

namespace Dialoogtafels.Api.GraphQL.Tables;

/// <summary><c>TableSortInput</c>: the sortable members of <see cref="Table"/>, one line each.</summary>
public sealed class TableSortInputType : SortInputType<Table>
{
    public TableSortInputType(EntityCatalog catalog)
        : base(catalog)
    {
        Sort(x => x.Title);
        Sort(x => x.Date);
        Sort(x => x.Format);
        Sort(x => x.Municipality);
        Sort(x => x.ParticipantCount);
        Sort(x => x.Dialogue);
        Sort(x => x.CreatedAt);
        Sort(x => x.UpdatedAt);
    }
}
