using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Domain.Dialogues;

namespace Dialoogtafels.Api.GraphQL.Dialogues;

/// <summary><c>DialogueSortInput</c>: the sortable members of <see cref="Dialogue"/>, one line each.</summary>
public sealed class DialogueSortInputType : SortInputType<Dialogue>
{
    public DialogueSortInputType(EntityCatalog catalog)
        : base(catalog)
    {
        Sort(x => x.Title);
        Sort(x => x.Slug);
        Sort(x => x.Track);
        Sort(x => x.Phase);
        Sort(x => x.PeriodStart);
        Sort(x => x.PeriodEnd);
        Sort(x => x.Organiser);
        Sort(x => x.Theme);
        Sort(x => x.CreatedAt);
        Sort(x => x.UpdatedAt);
    }
}
