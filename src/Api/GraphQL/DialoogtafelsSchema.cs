using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.GraphQL.Cms;
using Dialoogtafels.Api.GraphQL.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL;

/// <summary>
/// The one GraphQL schema of the API (a singleton). The graph type of every declared content entity
/// (<see cref="INodeType"/>) is registered, also those only reached through connection type references.
/// </summary>
public sealed class DialoogtafelsSchema : Schema
{
    public DialoogtafelsSchema(IServiceProvider services, QueryType query, MutationType mutation, EntityCatalog catalog)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Dialoogtafels: the dialogues, tables, stories, ideas and themes of the Dutch government's citizen dialogues.";
        foreach (var type in catalog.Entities.Select(e => e.GraphType).Where(typeof(INodeType).IsAssignableFrom).OrderBy(t => t.Name, StringComparer.Ordinal))
            RegisterType(type);
        RegisterType(typeof(TextGraphType));
        RegisterType(typeof(PageInfoType));
        RegisterType(typeof(CollectionSegmentInfoType));
        RegisterType(typeof(AuditRecordType));
        RegisterType(typeof(Data.Sorting.SortEnumType));
    }
}
