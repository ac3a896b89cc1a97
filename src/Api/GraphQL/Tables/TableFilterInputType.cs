using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Tables;

namespace Dialoogtafels.Api.GraphQL.Tables;

/// <summary><c>TableFilterInput</c>: the filterable members of <see cref="Table"/>, one line each.</summary>
public sealed class TableFilterInputType : FilterInputType<Table>
{
    public TableFilterInputType(FilterTypes types)
        : base(types)
    {
        Filter(x => x.Title);
        Filter(x => x.Date);
        Filter(x => x.Format);
        Filter(x => x.HostRole);
        Filter(x => x.Municipality);
        Filter(x => x.ParticipantCount);
        Filter(x => x.Dialogue);
        Filter(x => x.Themes);
        Filter(x => x.Stories);
        Filter(x => x.Ideas);
        Filter(x => x.CreatedAt);
        Filter(x => x.UpdatedAt);
        Filter(x => x.ReviewRequestedAt, role: Role.Editor);
    }
}
