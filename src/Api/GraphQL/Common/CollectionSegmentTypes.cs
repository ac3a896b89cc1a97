using System.Collections.Concurrent;
using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Paging;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>
/// Creates the types of offset-paged list fields, named as graphql-conventions.md names them after the
/// node type: <c>Idea</c> → <c>IdeaCollectionSegment { items, pageInfo: CollectionSegmentInfo!, totalCount }</c>.
/// One instance per node type per schema (a singleton service).
/// </summary>
/// <param name="catalog">The entities of the schema.</param>
public sealed class CollectionSegmentTypes(EntityCatalog catalog)
{
    /// <summary>The entities of the schema; offset-paged fields read their arguments' types from it.</summary>
    public EntityCatalog Catalog => catalog;

    private readonly ConcurrentDictionary<string, IGraphType> types = new();

    /// <summary>The <c>{Type}CollectionSegment</c> type over the node type named <paramref name="nodeTypeName"/>.</summary>
    public IGraphType For(string nodeTypeName) => types.GetOrAdd(nodeTypeName, Create);

    private static ObjectGraphType Create(string nodeTypeName)
    {
        var segment = new ObjectGraphType { Name = nodeTypeName + "CollectionSegment", Description = "A segment of a collection." };
        segment.Field("items", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(nodeTypeName)))).Description("A flattened list of the items.")
            .Resolve(context => ((CollectionSegment)context.Source!).Items);
        segment.Field("pageInfo", new NonNullGraphType(new GraphQLTypeReference(CollectionSegmentInfoType.TypeName)))
            .Description("Information to aid in pagination.")
            .Resolve(context => ((CollectionSegment)context.Source!).PageInfo);
        segment.Field("totalCount", new NonNullGraphType(new GraphQLTypeReference("Int")))
            .Description("Identifies the total count of items in the collection; computed only when selected.")
            .Resolve(context => ((CollectionSegment)context.Source!).TotalCount());
        return segment;
    }
}
