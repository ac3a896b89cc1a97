using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Ideas;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary><c>IdeaFilterInput</c>: the filterable members of <see cref="Idea"/>, one line each.</summary>
public sealed class IdeaFilterInputType : FilterInputType<Idea>
{
    public IdeaFilterInputType(FilterTypes types)
        : base(types)
    {
        Filter(x => x.Title);
        Filter(x => x.Description);
        Filter(x => x.ProposedActors);
        Filter(x => x.SupportCount);
        Filter(x => x.CostEstimate);
        Filter(x => x.Source);
        Filter(x => x.ExternalReference);
        Filter(x => x.BudgetSelection);
        Filter(x => x.IsParaphrase);
        Filter(x => x.Dialogue);
        Filter(x => x.Table);
        Filter(x => x.Themes);
        FilterWithAncestors(x => x.Themes);
        Filter(x => x.AnsweredStories);
        Filter(x => x.CreatedAt);
        Filter(x => x.UpdatedAt);
        Filter(x => x.ReviewRequestedAt, role: Role.Editor);
    }
}
