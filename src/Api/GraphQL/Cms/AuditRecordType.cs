using Dialoogtafels.Api.Data;
using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Data.Projection;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Cms;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Cms;

/// <summary>GraphQL type <c>AuditRecord</c>: one change to content (ADMIN only).</summary>
public sealed class AuditRecordType : ObjectGraphType<AuditRecord>
{
    public AuditRecordType()
    {
        Name = "AuditRecord";
        Description = "One change to content: who, with which role, when, to what, which operation and which fields.";
        Field(x => x.Id).Description("Sequence number of the record.");
        Field(x => x.Actor).Description("Who made the change (the token's subject).");
        Field(x => x.Role).Description("Their role, e.g. `PUBLISHER`.");
        Field<NonNullGraphType<DateTimeType>>("at").Description("When (UTC).").Resolve(c => c.Source.At);
        Field(x => x.EntityType).Description("The type of the changed item, e.g. `Idea`.");
        Field<NonNullGraphType<IdGraphType>>("entityId").Description("The global id of the changed item.")
            .Reads(nameof(AuditRecord.EntityType), nameof(AuditRecord.EntityId))
            .Resolve(c => GlobalId.Encode(c.Source.EntityType, c.Source.EntityId));
        Field(x => x.Operation).Description("The operation, e.g. `update`, `publish`, `delete`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changedFields")
            .Description("The fields the operation changed.").Reads(nameof(AuditRecord.ChangedFields)).Resolve(c => c.Source.ChangedFields);
    }
}

/// <summary><c>AuditRecordFilterInput</c>.</summary>
public sealed class AuditRecordFilterInputType : FilterInputType<AuditRecord>
{
    public AuditRecordFilterInputType(FilterTypes types)
        : base(types)
    {
        Filter(x => x.Actor);
        Filter(x => x.Role);
        Filter(x => x.At);
        Filter(x => x.EntityType);
        Filter(x => x.Operation);
    }
}

/// <summary><c>AuditRecordSortInput</c>.</summary>
public sealed class AuditRecordSortInputType : SortInputType<AuditRecord>
{
    public AuditRecordSortInputType(EntityCatalog catalog)
        : base(catalog)
    {
        Sort(x => x.At);
        Sort(x => x.Actor);
        Sort(x => x.EntityType);
        Sort(x => x.Operation);
    }
}

/// <summary>Root field <c>auditLog</c> (ADMIN only), filtered, sorted and paged like every list.</summary>
public sealed class AuditQueries(ConnectionTypes connections) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection(connections, "auditLog", db => db.AuditRecords)
            .Description("ADMIN only: the audit trail of every change, oldest first unless ordered.")
            .RequireRole(Role.Admin);
}
