using Dialoogtafels.Api.Data.Paging;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>HotChocolate's <c>CollectionSegmentInfo</c>: the page flags of an offset-paged list (<see cref="CollectionSegmentTypes"/>).</summary>
public sealed class CollectionSegmentInfoType : ObjectGraphType<CollectionSegmentInfo>
{
    /// <summary>The type's name in the schema.</summary>
    public const string TypeName = "CollectionSegmentInfo";

    public CollectionSegmentInfoType()
    {
        Name = TypeName;
        Description = "Information about the offset pagination.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("Indicates whether more items exist following the set defined by the clients arguments.")
            .Resolve(context => context.Source.HasNextPage());
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("Indicates whether more items exist prior the set defined by the clients arguments.")
            .Resolve(context => context.Source.HasPreviousPage());
    }
}
