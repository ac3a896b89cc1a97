using Dialoogtafels.Api.GraphQL.Statistics;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Stories;

/// <summary>GraphQL enum <c>StoryDimension</c>: the dimensions stories can be counted by (all but ACTOR).</summary>
public sealed class StoryDimensionType : EnumerationGraphType
{
    /// <summary>Declares the values of <see cref="StoryDimensions.Supported"/>.</summary>
    public StoryDimensionType() => this.DimensionsOf("StoryDimension", "A dimension that stories are counted by.", StoryDimensions.Supported);
}
