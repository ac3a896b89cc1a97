using Dialoogtafels.Api.Data.Paging;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>Relay <c>PageInfo</c> (Relay Cursor Connections Specification, "PageInfo").</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("Whether more items follow this page.")
            .Resolve(context => context.Source.HasNextPage());
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("Whether items precede this page.")
            .Resolve(context => context.Source.HasPreviousPage());
        Field<StringGraphType>("startCursor").Description("The cursor of the first item of the page.").Resolve(context => context.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("The cursor of the last item of the page.").Resolve(context => context.Source.EndCursor);
    }
}
