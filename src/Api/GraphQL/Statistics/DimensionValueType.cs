using Dialoogtafels.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>GraphQL type <c>DimensionValue</c>: which value of which dimension a cell is about.</summary>
public sealed class DimensionValueType : ObjectGraphType<DimensionValue>
{
    /// <summary>Declares the fields.</summary>
    public DimensionValueType()
    {
        Name = "DimensionValue";
        Description = "A value of a dimension: an enum value, or a theme, dialogue, table or participant group; null `value` is the \"none\" group.";
        Field<NonNullGraphType<StatisticsDimensionType>>("dimension").Description("The dimension.").Resolve(c => c.Source.Dimension);
        Field<StringGraphType>("value")
            .Description("The enum value (e.g. `GOVERNMENT`) or the global id of the theme, dialogue, table or participant group; null for items without a value in this dimension.")
            .Resolve(c => c.Source.Value);
        Field<NonNullGraphType<StringGraphType>>("label")
            .Description("Label, in Dutch: the name or title of the entity, the Dutch name of the enum value, or e.g. \"Zonder thema\" / \"Geen actor genoemd\" for the null value.")
            .Resolve(c => c.Source.Label);
        Field<NodeInterface>("node")
            .Description("The theme, dialogue, table or participant group behind the value (batched by id); null for enum values and the null value.")
            .Resolve(c => Load(c, c.Source));
    }

    private static object? Load(IResolveFieldContext context, DimensionValue value) =>
        value is { Id: int id, NodeType: { } typeName } ? NodeQueries.Load(context, typeName, id) : null;
}
