using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Data.Statistics;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>
/// Root fields <c>ideaStatistics</c> and <c>storyStatistics</c>: counts of the ideas or stories that
/// match <c>where</c>/<c>search</c>, grouped by zero, one or two dimensions (a cross table), computed
/// in PostgreSQL in one SQL statement (<see cref="CrossTable"/>) — plus one batched statement per
/// node type when <c>keys { node }</c> is selected.
/// </summary>
public sealed class StatisticsQueries : IQueryFields
{
    /// <inheritdoc />
    public void AddTo(ObjectGraphType query)
    {
        Add<Idea, IdeaDimensionType>(query, "ideaStatistics", "ideas", IdeaDimensions.For,
            "Example: ideas per theme and proposed actor in the citizens' dialogues: `ideaStatistics(by: [TOP_THEME, ACTOR], where: { dialogue: { track: { eq: CITIZENS } } })`.");
        Add<Story, StoryDimensionType>(query, "storyStatistics", "stories", StoryDimensions.For,
            "Example: concerns and opportunities per top theme: `storyStatistics(by: [TOP_THEME, KIND])`.");
    }

    private static void Add<T, TDimensionType>(
        ObjectGraphType query, string name, string plural,
        Func<ContentVisibility, IReadOnlyDictionary<StatisticsDimension, DimensionDefinition<T>>> dimensions, string example)
        where T : ContentEntity
        where TDimensionType : IGraphType =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsCellType>>>>(name)
            .Description(
                $"Counts the {plural} that match `where` and `search` (those the `{plural}` list returns), grouped by the dimensions in `by`: "
                + "none (one cell with the total), one, or two (a cross table). Cells without items are left out; most items first. "
                + $"Error `{StatisticsErrors.TooManyDimensions}` for more than {CrossTable.MaxDimensions} dimensions. {example}")
            .SliceArgumentsFor<object?, T>()
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<TDimensionType>>>>("by", $"The dimensions to group by, at most {CrossTable.MaxDimensions}.")
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
