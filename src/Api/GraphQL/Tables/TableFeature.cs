using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Domain.Tables;

namespace Dialoogtafels.Api.GraphQL.Tables;

/// <summary>
/// Tables: the dialogue tables (dialoogtafels) of a series, with their participant groups.
/// Root field <c>tables</c> (<see cref="TableQueries"/>); mutations <c>createTable</c> … <c>restoreTable</c> (<see cref="TableEditing"/>).
/// </summary>
public static class TableFeature
{
    /// <summary>The GraphQL type name of a table (also in global ids and audit records).</summary>
    public const string TypeName = "Table";

    /// <summary>The declaration.</summary>
    public static Feature Declaration { get; } = new()
    {
        Name = "Tables",
        Entities =
        [
            new EntityDescriptor<Table>
            {
                TypeName = TypeName,
                GraphType = typeof(TableType),
                FilterType = typeof(TableFilterInputType),
                SortType = typeof(TableSortInputType),
                Editing = new TableEditing(),
            },
        ],
        GraphTypes = [typeof(TableFormatType), typeof(TableParticipantGroupType)],
    };
}
