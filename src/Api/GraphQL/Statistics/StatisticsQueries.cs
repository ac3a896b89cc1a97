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
/// The statistics root field of each analysed content type (<see cref="IContentAnalysis"/>, e.g. <c>ideaStatistics</c>): counts of the items that
/// match <c>where</c>/<c>search</c>, grouped by zero, one or two dimensions (a cross table), computed
/// in PostgreSQL in one SQL statement (<see cref="CrossTable"/>) — plus one batched statement per
/// node type when <c>keys { node }</c> is selected.
/// </summary>
/// <param name="analyses">The analysed content types, in the order of their fields.</param>
/// <param name="catalog">The entities of the schema.</param>
public sealed class StatisticsQueries(IEnumerable<IContentAnalysis> analyses, EntityCatalog catalog) : IQueryFields
{
    /// <inheritdoc />
    public void AddTo(ObjectGraphType query)
    {
        foreach (var analysis in analyses) analysis.AddStatistics(query, catalog);
    }

    internal static void Add<T, TDimensionType>(
        ObjectGraphType query, EntityCatalog catalog, string name, string plural,
        Func<ContentVisibility, IReadOnlyDictionary<StatisticsDimension, DimensionDefinition<T>>> dimensions, string example)
        where T : ContentEntity
        where TDimensionType : IGraphType =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsCellType>>>>(name)
            .Description(
                $"Counts the {plural} that match `where` and `search` (those the `{plural}` list returns), grouped by the dimensions in `by`: "
                + "none (one cell with the total), one, or two (a cross table). Cells without items are left out; most items first. "
                + $"Error `{StatisticsErrors.TooManyDimensions}` for more than {CrossTable.MaxDimensions} dimensions. {example}")
            .SliceArgumentsFor<object?, T>(catalog)
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<TDimensionType>>>>("by", $"The dimensions to group by, at most {CrossTable.MaxDimensions}.")
            .CostsAsAnalysis() // a GROUP BY over the whole slice
            .ResolveAsync(async context =>
            {
                var by = context.GetArgument<List<StatisticsDimension>>("by");
                if (by.Count > CrossTable.MaxDimensions)
                    throw StatisticsErrors.Create(StatisticsErrors.TooManyDimensions,
                        $"`by` takes at most {CrossTable.MaxDimensions} dimensions; it got {by.Count}.");
                var visibility = context.Service<ContentVisibility>();
                var filter = context.SliceFilter<T>(visibility);
                await ReferenceKeys.LoadAsync(filter, context.CancellationToken);
                var catalog = dimensions(visibility);
                var chosen = by.Select(d => catalog[d]).ToList();
                await using var db = await context.Service<IDbContextFactory<DialoogtafelsDbContext>>().CreateDbContextAsync(context.CancellationToken);
                var cells = await CrossTable.CountAsync(db, db.Set<T>().Where(filter), chosen.Select(d => d.Dimension).ToList(), context.CancellationToken);
                return cells.Select(cell => new StatisticsCell(cell.Count, StatisticsCells.Keys(chosen, cell))).ToList();
            });
}
