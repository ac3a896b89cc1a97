using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Statistics;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Stories;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>The dimensions stories are counted by: the shared ones (<see cref="ContentDimensions{T}"/>) and the kind.</summary>
internal static class StoryDimensions
{
    /// <summary>The dimensions of <c>StoryDimension</c>, in schema order.</summary>
    public static readonly StatisticsDimension[] Supported =
    [
        StatisticsDimension.Theme, StatisticsDimension.TaggedTheme, StatisticsDimension.TopTheme, StatisticsDimension.Kind,
        StatisticsDimension.Track, StatisticsDimension.Phase, StatisticsDimension.Dialogue, StatisticsDimension.Table,
        StatisticsDimension.ParticipantGroup,
    ];

    private static readonly Expression<Func<Story, DimensionKey>> KindKey =
        ((Expression<Func<Story, StoryKind?>>)(s => s.Kind)).Into(EnumKeys.Text<StoryKind>()).Into(text => new DimensionKey { Id = null, Text = text });

    /// <summary>The dimensions for a request that sees what <paramref name="visibility"/> allows.</summary>
    public static IReadOnlyDictionary<StatisticsDimension, DimensionDefinition<Story>> For(ContentVisibility visibility) =>
        new ContentDimensions<Story>(visibility, s => s.DialogueId, s => s.TableId, s => s.Themes).All()
            .Append(new(StatisticsDimension.Kind, Dimension<Story>.Single(KindKey), null, MultiValued: false))
            .ToDictionary(d => d.Name);
}
