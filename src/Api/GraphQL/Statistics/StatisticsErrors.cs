using GraphQL;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>
/// The errors of the statistics fields. Each is a GraphQL field error with an <c>extensions.code</c>;
/// the field resolves to null and the rest of the response stands. Bad <c>where</c> and <c>search</c>
/// arguments give the codes of the list fields (<c>FILTER_TOO_COMPLEX</c>, <c>SEARCH_TOO_LONG</c>).
/// </summary>
public static class StatisticsErrors
{
    /// <summary>Code when <c>by</c> names more than two dimensions (a cross table has at most two).</summary>
    public const string TooManyDimensions = "STATISTICS_TOO_MANY_DIMENSIONS";

    /// <summary>Code when co-occurrence is asked for a dimension with one value per item (e.g. TRACK), where no pair can occur.</summary>
    public const string SingleValuedDimension = "STATISTICS_SINGLE_VALUED_DIMENSION";

    /// <summary>Code when <c>first</c> is below 1 or above the field's maximum.</summary>
    public const string FirstOutOfRange = "STATISTICS_FIRST_OUT_OF_RANGE";

    /// <summary>Code when <c>minCount</c> is below 1.</summary>
    public const string MinCountOutOfRange = "STATISTICS_MIN_COUNT_OUT_OF_RANGE";

    internal static ExecutionError Create(string code, string message) => new(message) { Code = code };

    /// <summary>Checks that <paramref name="value"/> of the argument <paramref name="argument"/> lies in 1..<paramref name="max"/>.</summary>
    internal static int First(int value, int max, string argument = "first") =>
        value is >= 1 && value <= max
            ? value
            : throw Create(FirstOutOfRange, $"`{argument}` must be between 1 and {max}; it was {value}.");
}
