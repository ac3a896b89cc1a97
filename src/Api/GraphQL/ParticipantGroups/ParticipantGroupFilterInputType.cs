using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.ParticipantGroups;

namespace Dialoogtafels.Api.GraphQL.ParticipantGroups;

/// <summary><c>ParticipantGroupFilterInput</c>: the filterable members of <see cref="ParticipantGroup"/>, one line each.</summary>
public sealed class ParticipantGroupFilterInputType : FilterInputType<ParticipantGroup>
{
    public ParticipantGroupFilterInputType(FilterTypes types)
        : base(types)
    {
        Filter(x => x.Name);
        Filter(x => x.Slug);
        Filter(x => x.Description);
        Filter(x => x.ReviewRequestedAt, role: Role.Editor);
    }
}
