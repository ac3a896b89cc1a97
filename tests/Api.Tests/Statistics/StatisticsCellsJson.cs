using System.Text.Json.Nodes;

namespace Dialoogtafels.Api.Tests.Statistics;

/// <summary>Reads <c>[StatisticsCell]</c> JSON into "value | value" → count, with "(none)" for the null value.</summary>
public static class StatisticsCellsJson
{
    /// <summary>The selection these helpers read.</summary>
    public const string Selection = "{ count keys { dimension value label } }";

    private static readonly HashSet<string> EnumDimensions = ["KIND", "ACTOR", "TRACK", "PHASE"];

    public static Dictionary<string, int> Counts(JsonNode cells) =>
        cells.AsArray().ToDictionary(
            cell => string.Join(" | ", cell!["keys"]!.AsArray().Select(Key)),
            cell => cell!["count"]!.GetValue<int>());

    private static string Key(JsonNode? key) =>
        key!["value"] is null ? "(none)"
        : EnumDimensions.Contains(key["dimension"]!.GetValue<string>()) ? key["value"]!.GetValue<string>()
        : key["label"]!.GetValue<string>();
}
