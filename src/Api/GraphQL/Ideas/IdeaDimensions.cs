using Dialoogtafels.Api.Data.Statistics;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Api.GraphQL.Statistics;
using Dialoogtafels.Domain.Ideas;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary>The dimensions ideas are counted by: the shared ones (<see cref="ContentDimensions{T}"/>) and who should act.</summary>
public static class IdeaDimensions
{
    /// <summary>The dimensions of <c>IdeaDimension</c>, in schema order.</summary>
    public static readonly StatisticsDimension[] Supported = ContentDimensions<Idea>.Supported(StatisticsDimension.Actor);

    private static readonly System.Linq.Expressions.Expression<Func<ProposedActor, DimensionKey>> ActorKey =
        ContentDimensions<Idea>.EnumKey<ProposedActor, ProposedActor>(a => a);

    /// <summary>The dimensions for a request that sees what <paramref name="visibility"/> allows.</summary>
    public static IReadOnlyDictionary<StatisticsDimension, DimensionDefinition<Idea>> For(ContentVisibility visibility) =>
        new ContentDimensions<Idea>(visibility, i => i.DialogueId, i => i.TableId, i => i.Themes).With(new(
            StatisticsDimension.Actor,
            Dimension<Idea>.Many(_ => i => i.ProposedActors.AsQueryable().Select(ActorKey), applyLast: true),
            null, MultiValued: true, ActorLabels));

    // Wording of programme-2021.md: "wat pakken mensen zelf op, waar zien ze een rol voor de overheid of het middenveld".
    private static readonly Dictionary<string, string> ActorLabels = new()
    {
        [EnumKeys.Name(ProposedActor.Society)] = "De samenleving zelf",
        [EnumKeys.Name(ProposedActor.Government)] = "De overheid",
        [EnumKeys.Name(ProposedActor.CivilSociety)] = "Het middenveld",
    };
}
