using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>
/// The analysis root fields of one content type ("results op hoofdlijnen"), declared by its feature
/// with their names written out: counts (<see cref="StatisticsQueries"/>), co-occurrence
/// (<see cref="CoOccurrenceQueries"/>) and characteristic terms (<see cref="CharacteristicTermQueries"/>).
/// </summary>
public interface IContentAnalysis
{
    /// <summary>Adds the statistics field, e.g. <c>ideaStatistics</c>.</summary>
    void AddStatistics(ObjectGraphType query, EntityCatalog catalog);

    /// <summary>Adds the co-occurrence field, e.g. <c>ideaCoOccurrence</c>.</summary>
    void AddCoOccurrence(ObjectGraphType query, EntityCatalog catalog);

    /// <summary>Adds the characteristic terms field, e.g. <c>ideaCharacteristicTerms</c>.</summary>
    void AddCharacteristicTerms(ObjectGraphType query, EntityCatalog catalog);
}

/// <summary>The analysis of <typeparamref name="T"/> (see <see cref="IContentAnalysis"/>).</summary>
/// <typeparam name="T">The analysed entity.</typeparam>
/// <typeparam name="TDimensionType">The enum graph type of its dimensions, e.g. <c>IdeaDimension</c>.</typeparam>
/// <typeparam name="TTermType">Its characteristic term graph type, e.g. <c>IdeaCharacteristicTerm</c>.</typeparam>
public sealed class ContentAnalysis<T, TDimensionType, TTermType> : IContentAnalysis
    where T : ContentEntity
    where TDimensionType : IGraphType
    where TTermType : IGraphType
{
    /// <summary>The name of the statistics field.</summary>
    public required string Statistics { get; init; }

    /// <summary>The name of the co-occurrence field.</summary>
    public required string CoOccurrence { get; init; }

    /// <summary>The name of the characteristic terms field.</summary>
    public required string CharacteristicTerms { get; init; }

    /// <summary>The items in descriptions, e.g. <c>ideas</c>.</summary>
    public required string Plural { get; init; }

    /// <summary>An example call for the statistics field's description.</summary>
    public required string StatisticsExample { get; init; }

    /// <summary>The dimensions for a request that sees what its visibility allows.</summary>
    public required Func<ContentVisibility, IReadOnlyDictionary<StatisticsDimension, DimensionDefinition<T>>> Dimensions { get; init; }

    /// <inheritdoc />
    public void AddStatistics(ObjectGraphType query, EntityCatalog catalog) =>
        StatisticsQueries.Add<T, TDimensionType>(query, catalog, Statistics, Plural, Dimensions, StatisticsExample);

    /// <inheritdoc />
    public void AddCoOccurrence(ObjectGraphType query, EntityCatalog catalog) =>
        CoOccurrenceQueries.Add<T, TDimensionType>(query, catalog, CoOccurrence, Plural, Dimensions);

    /// <inheritdoc />
    public void AddCharacteristicTerms(ObjectGraphType query, EntityCatalog catalog) =>
        CharacteristicTermQueries.Add<T, TTermType>(query, catalog, CharacteristicTerms, Plural);
}
