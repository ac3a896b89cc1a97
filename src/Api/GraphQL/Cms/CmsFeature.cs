using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Domain.Cms;

namespace Dialoogtafels.Api.GraphQL.Cms;

/// <summary>
/// The CMS: the root <c>Mutation</c> type and its generated content mutations (<see cref="ContentMutations"/>),
/// <c>restoreRevision</c> (<see cref="RevisionMutations"/>), the mutation error types, revisions and the
/// ADMIN's <c>auditLog</c> (<see cref="AuditQueries"/>); the writers every mutation goes through.
/// </summary>
public static class CmsFeature
{
    /// <summary>The declaration.</summary>
    public static Feature Declaration { get; } = new()
    {
        Name = "Cms",
        Entities =
        [
            new EntityDescriptor<AuditRecord>
            {
                TypeName = "AuditRecord",
                GraphType = typeof(AuditRecordType),
                FilterType = typeof(AuditRecordFilterInputType),
                SortType = typeof(AuditRecordSortInputType),
            },
        ],
        GraphTypes =
        [
            typeof(MutationType), typeof(RevisionType), typeof(ErrorInterface), typeof(ValidationErrorType), typeof(NotFoundErrorType),
            typeof(ConcurrencyErrorType), typeof(NotAuthorizedErrorType), typeof(RoleType),
        ],
        ScopedServices = [typeof(ContentWriter), typeof(LinkWriter)],
    };
}
