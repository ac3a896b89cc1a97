using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Statistics;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Ideas;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>The dimensions ideas are counted by: the shared ones (<see cref="ContentDimensions{T}"/>) and the proposed actor.</summary>
internal static class IdeaDimensions
{
    /// <summary>The dimensions of <c>IdeaDimension</c>, in schema order.</summary>
    public static readonly StatisticsDimension[] Supported =
    [
        StatisticsDimension.Theme, StatisticsDimension.TaggedTheme, StatisticsDimension.TopTheme, StatisticsDimension.Actor,
        StatisticsDimension.Track, StatisticsDimension.Phase, StatisticsDimension.Dialogue, StatisticsDimension.Table,
        StatisticsDimension.ParticipantGroup,
    ];

    private static readonly Expression<Func<ProposedActor, DimensionKey>> ActorKey =
        ((Expression<Func<ProposedActor, ProposedActor?>>)(a => a)).Into(EnumKeys.Text<ProposedActor>()).Into(text => new DimensionKey { Id = null, Text = text });

    /// <summary>The dimensions for a request that sees what <paramref name="visibility"/> allows.</summary>
    public static IReadOnlyDictionary<StatisticsDimension, DimensionDefinition<Idea>> For(ContentVisibility visibility) =>
        new ContentDimensions<Idea>(visibility, i => i.DialogueId, i => i.TableId, i => i.Themes).All()
            .Append(new(StatisticsDimension.Actor, Dimension<Idea>.Many(_ => i => i.ProposedActors.AsQueryable().Select(ActorKey), applyLast: true), null, MultiValued: true))
            .ToDictionary(d => d.Name);
}
