using Dialoogtafels.Api.GraphQL.Cms;
using Dialoogtafels.Api.GraphQL.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL;

/// <summary>
/// The one GraphQL schema of the API (a singleton). Every <see cref="INodeType"/> of this assembly
/// is registered, also those only reached through connection type references.
/// </summary>
public sealed class DialoogtafelsSchema : Schema
{
    public DialoogtafelsSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Dialoogtafels: the dialogues, tables, stories, ideas and themes of the Dutch government's citizen dialogues.";
        foreach (var type in NodeTypes) RegisterType(type);
        RegisterType(typeof(TextGraphType));
        RegisterType(typeof(PageInfoType));
        RegisterType(typeof(CollectionSegmentInfoType));
        RegisterType(typeof(AuditRecordType));
        RegisterType(typeof(Data.Sorting.SortEnumType));
    }

    /// <summary>The node types of this assembly.</summary>
    public static IReadOnlyList<Type> NodeTypes { get; } = typeof(DialoogtafelsSchema).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(INodeType).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();
}
