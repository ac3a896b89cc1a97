using Dialoogtafels.Api.Data.Statistics;
using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>Turns the rows of a <see cref="CrossTable"/> into the values of the schema.</summary>
internal static class StatisticsCells
{
    /// <summary>The values of <paramref name="cell"/>, one per dimension of <paramref name="dimensions"/> (first, then second).</summary>
    public static IReadOnlyList<DimensionValue> Keys<T>(IReadOnlyList<DimensionDefinition<T>> dimensions, CrossTableCell cell) where T : ContentEntity =>
        dimensions.Count switch
        {
            0 => [],
            1 => [Value(dimensions[0], cell.FirstId, cell.FirstText)],
            _ => [Value(dimensions[0], cell.FirstId, cell.FirstText), Value(dimensions[1], cell.SecondId, cell.SecondText)],
        };

    private static DimensionValue Value<T>(DimensionDefinition<T> dimension, int? id, string? text) where T : ContentEntity =>
        new(dimension.Name, id, text, dimension.NodeType,
            text is null ? DimensionLabels.None(dimension.Name)
            : id is null && dimension.Labels?.GetValueOrDefault(text) is { } label ? label
            : text);
}
