using Dialoogtafels.Api.GraphQL.Statistics;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary>GraphQL enum <c>IdeaDimension</c>: the dimensions ideas can be counted by (all but KIND).</summary>
public sealed class IdeaDimensionType : EnumerationGraphType
{
    /// <summary>Declares the values of <see cref="IdeaDimensions.Supported"/>.</summary>
    public IdeaDimensionType() => this.DimensionsOf("IdeaDimension", "A dimension that ideas are counted by.", IdeaDimensions.Supported);
}
