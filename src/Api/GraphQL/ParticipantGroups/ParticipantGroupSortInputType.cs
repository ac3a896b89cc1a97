using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Domain.ParticipantGroups;

namespace Dialoogtafels.Api.GraphQL.ParticipantGroups;

/// <summary><c>ParticipantGroupSortInput</c>: the sortable members of <see cref="ParticipantGroup"/>, one line each.</summary>
public sealed class ParticipantGroupSortInputType : SortInputType<ParticipantGroup>
{
    public ParticipantGroupSortInputType(EntityCatalog catalog)
        : base(catalog)
    {
        Sort(x => x.Name);
        Sort(x => x.Slug);
    }
}
