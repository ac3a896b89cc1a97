namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>
/// The Dutch label of each dimension's "none" value (items without a visible value in it). Enum values are
/// labelled by their dimension's definition (<see cref="DimensionDefinition{T}.Labels"/>), entities by their own name.
/// </summary>
internal static class DimensionLabels
{
    /// <summary>The label of the "none" value of <paramref name="dimension"/>.</summary>
    public static string None(StatisticsDimension dimension) => dimension switch
    {
        StatisticsDimension.Theme or StatisticsDimension.TaggedTheme or StatisticsDimension.TopTheme => "Zonder thema",
        StatisticsDimension.Actor => "Geen actor genoemd",
        StatisticsDimension.Track or StatisticsDimension.Phase or StatisticsDimension.Dialogue => "Dialoog niet openbaar",
        StatisticsDimension.Table => "Tafel onbekend",
        StatisticsDimension.ParticipantGroup => "Deelnemersgroepen onbekend",
        _ => "Onbekend",
    };
}
