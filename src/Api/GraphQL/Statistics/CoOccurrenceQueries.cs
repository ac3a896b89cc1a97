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
/// Root fields <c>ideaCoOccurrence</c> and <c>storyCoOccurrence</c>: which values of a multi-valued
/// dimension — by default the themes items are tagged with — appear together on the same item, and
/// on how many items (<see cref="CrossTable.PairsAsync{T}"/>, one SQL statement). The relation is
/// symmetric, so each unordered pair is returned once, its values in key order; an item counts
/// once per pair.
/// </summary>
public sealed class CoOccurrenceQueries : IQueryFields
{
    /// <inheritdoc />
    public void AddTo(ObjectGraphType query)
    {
        Add<Idea, IdeaDimensionType>(query, "ideaCoOccurrence", "ideas", IdeaDimensions.For);
        Add<Story, StoryDimensionType>(query, "storyCoOccurrence", "stories", StoryDimensions.For);
    }

    private static void Add<T, TDimensionType>(
        ObjectGraphType query, string name, string plural,
        Func<ContentVisibility, IReadOnlyDictionary<StatisticsDimension, DimensionDefinition<T>>> dimensions)
        where T : ContentEntity
        where TDimensionType : IGraphType =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsCellType>>>>(name)
            .Description(
                $"Co-occurrence among the {plural} that match `where` and `search`: per pair of values of `by` found on the same item, "
                + "the number of such items. Symmetric: each unordered pair once, its two `keys` in key order; most items first. "
                + $"`by` must be a dimension with several values per item (themes, ACTOR, PARTICIPANT_GROUP), else error `{StatisticsErrors.SingleValuedDimension}`.")
            .SliceArgumentsFor<object?, T>()
            .Argument<NonNullGraphType<TDimensionType>>("by", "The dimension whose values co-occur; TAGGED_THEME by default.",
                argument => argument.DefaultValue = StatisticsDimension.TaggedTheme)
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
