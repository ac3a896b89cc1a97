using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Domain.Ideas;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary><c>IdeaSortInput</c>: the sortable members of <see cref="Idea"/>, one line each.</summary>
public sealed class IdeaSortInputType : SortInputType<Idea>
{
    public IdeaSortInputType(EntityCatalog catalog)
        : base(catalog)
    {
        Sort(x => x.Title);
        Sort(x => x.SupportCount);
        Sort(x => x.CostEstimate);
        Sort(x => x.Source);
        Sort(x => x.BudgetSelection);
        Sort(x => x.Dialogue);
        Sort(x => x.Table);
        Sort(x => x.CreatedAt);
        Sort(x => x.UpdatedAt);
    }
}
