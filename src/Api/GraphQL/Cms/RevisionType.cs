using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Cms;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Cms;

/// <summary>GraphQL type <c>Revision</c>: a saved state of an item (who, when, the full content).</summary>
public sealed class RevisionType : ObjectGraphType<Revision>
{
    public RevisionType()
    {
        Name = "Revision";
        Description = "A saved state of an item. Bring one back with `restoreRevision`.";
        Field(x => x.Number).Description("1 for the first save of the item, counting up.");
        Field(x => x.Operation).Description("The operation that saved it, e.g. `update`.");
        Field(x => x.Actor).Description("Who saved it.");
        Field(x => x.Role).Description("The role they had, e.g. `EDITOR`.");
        Field<NonNullGraphType<DateTimeType>>("createdAt").Description("When (UTC).").Resolve(c => c.Source.CreatedAt);
        Field(x => x.Content).Description("The item's editable fields as a JSON object.");
    }
}
