using GraphQL;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>GraphQL enum <c>StatisticsDimension</c>: every dimension, as cells name it (<c>DimensionValue.dimension</c>).</summary>
public sealed class StatisticsDimensionType : EnumerationGraphType
{
    /// <summary>Declares every value of <see cref="StatisticsDimension"/>.</summary>
    public StatisticsDimensionType()
    {
        this.DimensionsOf("StatisticsDimension", "A dimension that stories or ideas are counted by.", Enum.GetValues<StatisticsDimension>());
    }
}

/// <summary>The values of the dimension enums: GraphQL name (constant case) and description, declared once.</summary>
public static class DimensionDescriptions
{
    /// <summary>Makes <paramref name="type"/> the enum <paramref name="name"/> of the dimensions <paramref name="dimensions"/>, in that order.</summary>
    public static void DimensionsOf(this EnumerationGraphType type, string name, string description, IEnumerable<StatisticsDimension> dimensions)
    {
        type.Name = name;
        type.Description = description;
        foreach (var dimension in dimensions) type.AddDimension(dimension);
    }

    /// <summary>Adds <paramref name="dimension"/> to <paramref name="type"/>, e.g. <c>TOP_THEME</c>.</summary>
    public static void AddDimension(this EnumerationGraphType type, StatisticsDimension dimension) =>
        type.Add(dimension.ToString().ToConstantCase(), dimension, Of(dimension));

    private static string Of(StatisticsDimension dimension) => dimension switch
    {
        StatisticsDimension.Theme => "Every theme, rolled up: an item counts for its themes and all their ancestors, once per theme.",
        StatisticsDimension.TaggedTheme => "The themes an item is tagged with, without roll-up.",
        StatisticsDimension.TopTheme => "The top themes (no parent) at or above the item's themes, once per top theme.",
        StatisticsDimension.Kind => "A story's kind: CONCERN (knelpunt) or OPPORTUNITY (kans).",
        StatisticsDimension.Actor => "Who should act on an idea: SOCIETY, GOVERNMENT, CIVIL_SOCIETY; an idea naming none counts under the null value.",
        StatisticsDimension.Track => "The strand of the item's dialogue (DialogueTrack).",
        StatisticsDimension.Phase => "The phase of the item's dialogue (DialoguePhase).",
        StatisticsDimension.Dialogue => "The item's dialogue series.",
        StatisticsDimension.Table => "The item's table; the null value when it is unknown.",
        StatisticsDimension.ParticipantGroup => "The participant groups at the item's table, each counted; the null value without table or groups.",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };
}
