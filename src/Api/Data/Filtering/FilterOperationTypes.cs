using GraphQL.Types;

namespace Dialoogtafels.Api.Data.Filtering;

/// <summary>
/// The operation input types of filtering, named and shaped as HotChocolate generates them
/// (HotChocolate docs, "fetching-data/filtering"; ../shared/docs/graphql-conventions.md):
/// <c>StringOperationFilterInput</c>, <c>BooleanOperationFilterInput</c>,
/// <c>{Scalar}OperationFilterInput</c> for comparable scalars, <c>{Enum}OperationFilterInput</c>,
/// and <c>List{Element}FilterInput</c> for lists. One instance per name per schema.
/// </summary>
public static class FilterOperationTypes
{
    /// <summary>Operators of <c>StringOperationFilterInput</c>; all match case-insensitively.</summary>
    public static readonly string[] StringOperators =
        ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith", "endsWith", "nendsWith"];

    /// <summary>Operators of comparable scalars (<c>IntOperationFilterInput</c>, <c>DateOperationFilterInput</c>, …).</summary>
    public static readonly string[] ComparableOperators =
        ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    /// <summary>Operators of <c>{Enum}OperationFilterInput</c>.</summary>
    public static readonly string[] EnumOperators = ["eq", "neq", "in", "nin"];

    /// <summary>Operators of <c>BooleanOperationFilterInput</c>.</summary>
    public static readonly string[] BooleanOperators = ["eq", "neq"];

    /// <summary>Operators of <c>List…FilterInput</c>: <c>all</c>, <c>none</c>, <c>some</c> take the element filter, <c>any</c> a Boolean.</summary>
    public static readonly string[] ListOperators = ["all", "none", "some", "any"];

    internal static InputObjectGraphType Operations(string name, string scalar, string[] operators)
    {
        var type = new InputObjectGraphType { Name = name };
        type.Field("and", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))));
        type.Field("or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))));
        foreach (var op in operators)
        {
            IGraphType fieldType = op is "in" or "nin"
                ? new ListGraphType(new GraphQLTypeReference(scalar))
                : new GraphQLTypeReference(scalar);
            type.Field(op, fieldType);
        }

        return type;
    }

    internal static InputObjectGraphType List(string name, IGraphType elementFilter)
    {
        var type = new InputObjectGraphType { Name = name };
        type.Field("all", elementFilter);
        type.Field("none", elementFilter);
        type.Field("some", elementFilter);
        type.Field("any", new GraphQLTypeReference("Boolean"));
        return type;
    }
}
