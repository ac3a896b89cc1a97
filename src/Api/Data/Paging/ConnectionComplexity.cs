using GraphQL.Validation.Complexity;

namespace Dialoogtafels.Api.Data.Paging;

/// <summary>
/// Complexity of cursor connections and collection segments for GraphQL.NET's complexity analyzer:
/// a field with paging arguments multiplies the cost of its selection by the page size it asks for
/// (<c>first</c>, <c>last</c> or <c>take</c>, else <see cref="PagingOptions.DefaultPageSize"/>), and
/// the connection's own <c>nodes</c> and <c>edges</c> lists (a segment's <c>items</c>) do not multiply again. So the cost estimates the number of
/// objects a query can return, as HotChocolate's cost analysis does for connections.
/// </summary>
public static class ConnectionComplexity
{
    /// <summary>The impact of <paramref name="field"/> when it is part of a connection; null for other fields.</summary>
    public static FieldComplexityResult? Impact(FieldImpactContext field, PagingOptions paging)
    {
        if (field.FieldDefinition.Arguments?.Find("first") is not null)
        {
            var size = field.GetArgument<int?>("first", null) ?? field.GetArgument<int?>("last", null) ?? paging.DefaultPageSize;
            return new FieldComplexityResult(1, Math.Clamp(size, 1, paging.MaxPageSize));
        }

        if (field.FieldDefinition.Arguments?.Find("take") is not null)
            return new FieldComplexityResult(1, Math.Clamp(field.GetArgument<int?>("take", null) ?? paging.DefaultPageSize, 1, paging.MaxPageSize));

        return (field.ParentType.Name.EndsWith("Connection", StringComparison.Ordinal) && field.FieldDefinition.Name is "nodes" or "edges")
            || (field.ParentType.Name.EndsWith("CollectionSegment", StringComparison.Ordinal) && field.FieldDefinition.Name is "items")
            ? new FieldComplexityResult(1, 1)
            : null;
    }
}
