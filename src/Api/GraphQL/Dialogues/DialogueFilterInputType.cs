using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Dialogues;

namespace Dialoogtafels.Api.GraphQL.Dialogues;

/// <summary><c>DialogueFilterInput</c>: the filterable members of <see cref="Dialogue"/>, one line each.</summary>
public sealed class DialogueFilterInputType : FilterInputType<Dialogue>
{
    public DialogueFilterInputType(FilterTypes types)
        : base(types)
    {
        Filter(x => x.Title);
        Filter(x => x.Slug);
        Filter(x => x.Description);
        Filter(x => x.Track);
        Filter(x => x.Phase);
        Filter(x => x.PeriodStart);
        Filter(x => x.PeriodEnd);
        Filter(x => x.Organiser);
        Filter(x => x.Theme);
        Filter(x => x.Tables);
        Filter(x => x.Stories);
        Filter(x => x.Ideas);
        Filter(x => x.CreatedAt);
        Filter(x => x.UpdatedAt);
        Filter(x => x.ReviewRequestedAt, role: Role.Editor);
    }
}
