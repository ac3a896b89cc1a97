using Dialoogtafels.Domain.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>GraphQL enum <c>PublicationStatus { DRAFT PUBLISHED ARCHIVED }</c>.</summary>
public sealed class PublicationStatusType : EnumerationGraphType<PublicationStatus>
{
    public PublicationStatusType()
    {
        Name = "PublicationStatus";
        Description = "Where an item is in its life cycle.";
    }
}
