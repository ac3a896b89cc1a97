namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>
/// Results "op hoofdlijnen": the analysis fields of every content type that declares an
/// <see cref="IContentAnalysis"/> (<see cref="StatisticsQueries"/>, <see cref="CoOccurrenceQueries"/>,
/// <see cref="CharacteristicTermQueries"/>), the dimensions they share (<see cref="ContentDimensions{T}"/>)
/// and the <c>similar</c> field (<see cref="SimilarFields"/>).
/// </summary>
public static class StatisticsFeature
{
    /// <summary>The declaration.</summary>
    public static Feature Declaration { get; } = new()
    {
        Name = "Statistics",
        GraphTypes = [typeof(StatisticsCellType), typeof(DimensionValueType), typeof(StatisticsDimensionType)],
    };
}
