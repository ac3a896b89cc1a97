namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>One cell of a statistic: the number of items with the values <see cref="Keys"/>, one per dimension asked for, in the order asked.</summary>
/// <param name="Count">Number of distinct items.</param>
/// <param name="Keys">The values, one per dimension.</param>
public sealed record StatisticsCell(int Count, IReadOnlyList<DimensionValue> Keys);

/// <summary>A dimension's value in a cell.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Id">Key of the entity behind the value (theme, dialogue, table, participant group); null for enum values and "none".</param>
/// <param name="Text">The enum value's GraphQL name or the entity's own label; null for "none".</param>
/// <param name="NodeType">GraphQL type of the entity behind the value; null for enum dimensions.</param>
/// <param name="Label">The Dutch label: the entity's own label, the enum value's Dutch name, or the dimension's "none" label.</param>
public sealed record DimensionValue(StatisticsDimension Dimension, int? Id, string? Text, string? NodeType, string Label)
{
    /// <summary>The enum value's name, the entity's global id, or null for "none".</summary>
    public string? Value => Id is int id && NodeType is not null ? Data.GlobalId.Encode(NodeType, id) : Text;
}
