using System.Collections.Concurrent;
using Dialoogtafels.Api.Data.Catalog;
using GraphQL.Types;

namespace Dialoogtafels.Api.Data.Filtering;

/// <summary>
/// Hands out the shared operation and list filter input types of one schema (a singleton service),
/// so that every filterable field of the same kind refers to the same instance; names entity filter
/// inputs as <paramref name="catalog"/> declares them.
/// </summary>
/// <param name="catalog">The entities of the schema.</param>
public sealed class FilterTypes(EntityCatalog catalog)
{
    private readonly ConcurrentDictionary<string, IGraphType> types = new();

    /// <summary>The entities of the schema, whose filter inputs reference each other by name.</summary>
    public EntityCatalog Catalog => catalog;

    /// <summary><c>StringOperationFilterInput</c>.</summary>
    public IGraphType String => Get("StringOperationFilterInput", n => FilterOperationTypes.Operations(n, "String", FilterOperationTypes.StringOperators));

    /// <summary><c>BooleanOperationFilterInput</c>.</summary>
    public IGraphType Boolean => Get("BooleanOperationFilterInput", n => FilterOperationTypes.Operations(n, "Boolean", FilterOperationTypes.BooleanOperators));

    /// <summary><c>{scalar}OperationFilterInput</c> for a comparable scalar such as <c>Int</c>, <c>Decimal</c>, <c>Date</c>, <c>DateTime</c>.</summary>
    public IGraphType Comparable(string scalar) =>
        Get(scalar + "OperationFilterInput", n => FilterOperationTypes.Operations(n, scalar, FilterOperationTypes.ComparableOperators));

    /// <summary><c>{enum}OperationFilterInput</c> for the GraphQL enum named <paramref name="enumName"/>.</summary>
    public IGraphType Enum(string enumName) =>
        Get(enumName + "OperationFilterInput", n => FilterOperationTypes.Operations(n, enumName, FilterOperationTypes.EnumOperators));

    /// <summary><c>List{element}</c> with <c>all</c>, <c>none</c>, <c>some</c> over the element filter named <paramref name="elementFilter"/>, and <c>any</c>.</summary>
    public IGraphType List(string elementFilter) =>
        Get("List" + elementFilter, n => FilterOperationTypes.List(n, new GraphQLTypeReference(elementFilter)));

    /// <summary><c>List{element}</c> over the shared element operation type <paramref name="element"/> (e.g. an enum's).</summary>
    public IGraphType List(IGraphType element) =>
        Get("List" + element.Name, n => FilterOperationTypes.List(n, element));

    private IGraphType Get(string name, Func<string, IGraphType> create) => types.GetOrAdd(name, create);
}
