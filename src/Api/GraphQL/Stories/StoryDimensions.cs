using Dialoogtafels.Api.Data.Statistics;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Api.GraphQL.Statistics;
using Dialoogtafels.Domain.Stories;

namespace Dialoogtafels.Api.GraphQL.Stories;

/// <summary>The dimensions stories are counted by: the shared ones (<see cref="ContentDimensions{T}"/>) and the kind.</summary>
public static class StoryDimensions
{
    /// <summary>The dimensions of <c>StoryDimension</c>, in schema order.</summary>
    public static readonly StatisticsDimension[] Supported = ContentDimensions<Story>.Supported(StatisticsDimension.Kind);

    // The programme's two questions: what came under pressure (knelpunten), what sprouted (kansen).
    private static readonly Dictionary<string, string> KindLabels = new()
    {
        [EnumKeys.Name(StoryKind.Concern)] = "Knelpunt",
        [EnumKeys.Name(StoryKind.Opportunity)] = "Kans",
    };

    /// <summary>The dimensions for a request that sees what <paramref name="visibility"/> allows.</summary>
    public static IReadOnlyDictionary<StatisticsDimension, DimensionDefinition<Story>> For(ContentVisibility visibility) =>
        new ContentDimensions<Story>(visibility, s => s.DialogueId, s => s.TableId, s => s.Themes).With(new(
            StatisticsDimension.Kind, Dimension<Story>.Single(ContentDimensions<Story>.EnumKey<Story, StoryKind>(s => s.Kind)), null, MultiValued: false, KindLabels));
}
