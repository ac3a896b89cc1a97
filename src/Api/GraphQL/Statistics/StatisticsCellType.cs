using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>GraphQL type <c>StatisticsCell</c>: a count and the dimension values it belongs to.</summary>
public sealed class StatisticsCellType : ObjectGraphType<StatisticsCell>
{
    /// <summary>Declares the fields.</summary>
    public StatisticsCellType()
    {
        Name = "StatisticsCell";
        Description = "One cell of a statistic: how many items have these values.";
        Field<NonNullGraphType<IntGraphType>>("count")
            .Description("Number of distinct items (stories or ideas) in the cell; each item counts once per cell.")
            .Resolve(c => c.Source.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DimensionValueType>>>>("keys")
            .Description("The cell's values, one per dimension, in the order of `by` (for co-occurrence: the two values, in key order).")
            .Resolve(c => c.Source.Keys);
    }
}
