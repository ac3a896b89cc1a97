using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.Data.Statistics;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>
/// The co-occurrence root field of each analysed content type (<see cref="IContentAnalysis"/>, e.g. <c>ideaCoOccurrence</c>): which values of a multi-valued
/// dimension — by default the themes items are tagged with — appear together on the same item, and
/// on how many items (<see cref="CrossTable.PairsAsync{T}"/>, one SQL statement). The relation is
/// symmetric, so each unordered pair is returned once, its values in key order; an item counts
/// once per pair.
/// </summary>
/// <param name="analyses">The analysed content types, in the order of their fields.</param>
/// <param name="catalog">The entities of the schema.</param>
public sealed class CoOccurrenceQueries(IEnumerable<IContentAnalysis> analyses, EntityCatalog catalog) : IQueryFields
{
    /// <inheritdoc />
    public void AddTo(ObjectGraphType query)
    {
        foreach (var analysis in analyses) analysis.AddCoOccurrence(query, catalog);
    }

    internal static void Add<T, TDimensionType>(
        ObjectGraphType query, EntityCatalog catalog, string name, string plural,
        Func<ContentVisibility, IReadOnlyDictionary<StatisticsDimension, DimensionDefinition<T>>> dimensions)
        where T : ContentEntity
        where TDimensionType : IGraphType =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsCellType>>>>(name)
            .Description(
                $"Co-occurrence among the {plural} that match `where` and `search`: per pair of values of `by` found on the same item, "
                + "the number of such items. Symmetric: each unordered pair once, its two `keys` in key order; most items first. "
                + $"`by` must be a dimension with several values per item (themes, ACTOR, PARTICIPANT_GROUP), else error `{StatisticsErrors.SingleValuedDimension}`.")
            .SliceArgumentsFor<object?, T>(catalog)
            .Argument<NonNullGraphType<TDimensionType>>("by", "The dimension whose values co-occur; TAGGED_THEME by default.",
                argument => argument.DefaultValue = StatisticsDimension.TaggedTheme)
            .CostsAsAnalysis() // pairs of the whole slice, as long as a statistics field
            .ResolveAsync(async context =>
            {
                var visibility = context.Service<ContentVisibility>();
                var dimension = dimensions(visibility)[context.GetArgument<StatisticsDimension>("by")];
                if (!dimension.MultiValued)
                    throw StatisticsErrors.Create(StatisticsErrors.SingleValuedDimension,
                        $"Each item has one value of {dimension.Name.ToString().ToConstantCase()}, so no values co-occur; choose a theme dimension, ACTOR or PARTICIPANT_GROUP.");
                var filter = context.SliceFilter<T>(visibility);
                await ReferenceKeys.LoadAsync(filter, context.CancellationToken);
                await using var db = await context.Service<IDbContextFactory<DialoogtafelsDbContext>>().CreateDbContextAsync(context.CancellationToken);
                var pairs = await CrossTable.PairsAsync(db, db.Set<T>().Where(filter), dimension.Dimension, context.CancellationToken);
                return pairs.Select(pair => new StatisticsCell(pair.Count, StatisticsCells.Keys([dimension, dimension], pair))).ToList();
            });
}
