using Dialoogtafels.Domain.Tables;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Tables;

/// <summary>GraphQL enum <c>TableFormat { ONLINE IN_PERSON }</c>.</summary>
public sealed class TableFormatType : EnumerationGraphType<TableFormat>
{
    public TableFormatType()
    {
        Name = "TableFormat";
        Description = "How a table met.";
    }
}
