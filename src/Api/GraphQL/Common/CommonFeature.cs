using Dialoogtafels.Api.Data.Sorting;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>
/// What every feature builds on: the root <c>Query</c> type, Relay's <c>Node</c> with <c>node</c> and
/// <c>nodes</c> (<see cref="NodeQueries"/>), paging info types, the shared scalars and enums.
/// </summary>
public static class CommonFeature
{
    /// <summary>The declaration.</summary>
    public static Feature Declaration { get; } = new()
    {
        Name = "Common",
        GraphTypes =
        [
            typeof(QueryType), typeof(NodeInterface), typeof(PageInfoType), typeof(CollectionSegmentInfoType),
            typeof(PublicationStatusType), typeof(DateTimeType), typeof(DateType), typeof(DecimalType), typeof(TextGraphType), typeof(SortEnumType),
        ],
    };
}
