using Dialoogtafels.Api.Data.Statistics;
using Dialoogtafels.Domain.Dialogues;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>
/// The Dutch labels of the shared dimensions' values that have no name of their own: the dialogue's
/// enum values (wording of programme-2021.md and the domain enums' documentation) and the "none" value
/// of each dimension. A feature's own enum dimension brings its labels (<see cref="DimensionDefinition{T}.Labels"/>).
/// </summary>
internal static class DimensionLabels
{
    private static readonly Dictionary<string, string> EnumLabels = new()
    {
        [Key(DialogueTrack.Citizens)] = "Burgerdialogen",
        [Key(DialogueTrack.CivilSociety)] = "Middenvelddialogen",
        [Key(DialogueTrack.Science)] = "Wetenschaps- en pioniersdialogen",
        [Key(DialogueTrack.Local)] = "Lokale dialoogtafels",
        [Key(DialogueTrack.CommunityBudget)] = "Burgerbegrotingen",
        [Key(DialoguePhase.Exploration)] = "Verkenningsdialogen",
        [Key(DialoguePhase.Theme)] = "Themadialogen",
    };

    /// <summary>The label of a value: the entity's own label, the enum value's Dutch name, or the dimension's "none" label.</summary>
    public static string Of(StatisticsDimension dimension, int? id, string? text) =>
        text is null ? None(dimension)
        : id is null && EnumLabels.TryGetValue($"{EnumOf(dimension)}.{text}", out var label) ? label
        : text;

    private static string None(StatisticsDimension dimension) => dimension switch
    {
        StatisticsDimension.Theme or StatisticsDimension.TaggedTheme or StatisticsDimension.TopTheme => "Zonder thema",
        StatisticsDimension.Actor => "Geen actor genoemd",
        StatisticsDimension.Track or StatisticsDimension.Phase or StatisticsDimension.Dialogue => "Dialoog niet openbaar",
        StatisticsDimension.Table => "Tafel onbekend",
        StatisticsDimension.ParticipantGroup => "Deelnemersgroepen onbekend",
        _ => "Onbekend",
    };

    private static string? EnumOf(StatisticsDimension dimension) => dimension switch
    {
        StatisticsDimension.Track => nameof(DialogueTrack),
        StatisticsDimension.Phase => nameof(DialoguePhase),
        _ => null,
    };

    private static string Key<TEnum>(TEnum value) where TEnum : struct, Enum => $"{typeof(TEnum).Name}.{EnumKeys.Name(value)}";
}
