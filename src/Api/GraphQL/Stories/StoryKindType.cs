using Dialoogtafels.Domain.Stories;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Stories;

/// <summary>GraphQL enum <c>StoryKind { CONCERN OPPORTUNITY }</c>.</summary>
public sealed class StoryKindType : EnumerationGraphType<StoryKind>
{
    public StoryKindType()
    {
        Name = "StoryKind";
        Description = "CONCERN: wat is in de knel gekomen (knelpunt). OPPORTUNITY: wat is ontkiemd (kans).";
    }
}
