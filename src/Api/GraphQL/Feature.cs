using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.GraphQL.Statistics;

namespace Dialoogtafels.Api.GraphQL;

/// <summary>
/// One feature of the API, declared once in its folder (<c>GraphQL/{Feature}/{Feature}Feature.cs</c>) and
/// listed in <see cref="Features"/>: the entities it serves (for the engine: type, filter, sort, search,
/// editable fields), the further graph types it defines, its services, and what it adds to the
/// analysis fields. Its root fields are listed in <see cref="Features.QueryFields"/> and
/// <see cref="Features.MutationFields"/>, in schema order.
/// </summary>
public sealed class Feature
{
    /// <summary>The feature's name, as its folder is named, e.g. <c>Ideas</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The entities the feature serves; their graph, filter and sort types are registered with the schema.</summary>
    public IReadOnlyList<EntityDescriptor> Entities { get; init; } = [];

    /// <summary>The feature's other graph types: enums, result and input types (each a singleton, as the schema is).</summary>
    public IReadOnlyList<Type> GraphTypes { get; init; } = [];

    /// <summary>Services of the feature with a lifetime of one request, e.g. its writers.</summary>
    public IReadOnlyList<Type> ScopedServices { get; init; } = [];

    /// <summary>Services of the feature with one instance per process.</summary>
    public IReadOnlyList<Type> SingletonServices { get; init; } = [];

    /// <summary>The open-data exports of the feature (<c>/export/{name}.csv</c>, <c>.jsonl</c>).</summary>
    public IReadOnlyList<Export.IExportDefinition> Exports { get; init; } = [];

    /// <summary>The analysis root fields of the feature's content, if any (<see cref="IContentAnalysis"/>).</summary>
    public IContentAnalysis? Analysis { get; init; }

    /// <summary>Every graph type the feature registers: its entities' graph, filter and sort types and <see cref="GraphTypes"/>.</summary>
    public IEnumerable<Type> AllGraphTypes =>
        Entities.SelectMany(e => new[] { e.GraphType, e.FilterType, e.SortType }).OfType<Type>().Concat(GraphTypes);
}
