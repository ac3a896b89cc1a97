using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Batching;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.Data.Statistics;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>
/// The field <c>similar(first: Int = 5): [T!]!</c> of a content type (ideas and stories add it):
/// related visible items of the same type by text similarity (<see cref="TextSimilarity"/>),
/// never the item itself; anonymous callers only get published items. Cost per execution step,
/// whatever the number of parents: one SQL statement for the similarity of all parents, one batched
/// statement for the items' selected columns.
/// Error <c>STATISTICS_FIRST_OUT_OF_RANGE</c> for <c>first</c> outside 1..<see cref="MaxFirst"/>.
/// </summary>
public static class SimilarFields
{
    /// <summary>Default of <c>first</c>.</summary>
    public const int DefaultFirst = 5;

    /// <summary>Largest accepted <c>first</c>.</summary>
    public const int MaxFirst = 20;

    /// <summary>Adds <c>similar</c> to <paramref name="type"/>, comparing the items' <paramref name="title"/>s and search vectors.</summary>
    /// <typeparam name="T">The entity.</typeparam>
    /// <typeparam name="TType">Its graph type, the type of the list's items.</typeparam>
    /// <param name="type">The graph type to add the field to.</param>
    /// <param name="plural">The items in the description, e.g. <c>ideas</c>.</param>
    /// <param name="title">The item's title.</param>
    public static FieldBuilder<T, object> SimilarField<T, TType>(this ObjectGraphType<T> type, string plural, Expression<Func<T, string>> title)
        where T : ContentEntity
        where TType : IGraphType =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TType>>>, object>("similar")
            .Description(
                $"The {plural} you may see (anonymous callers: published ones) most alike in text, best first, never this one: "
                + "the mean of the trigram similarity of the titles and the overlap of the stemmed Dutch words (cosine over the sets of lexemes). Only items that share a word or have a "
                + $"similar title are candidates, so the list can be shorter than `first`. Error `{StatisticsErrors.FirstOutOfRange}` for `first` outside 1..{MaxFirst}.")
            .Argument<IntGraphType>("first", $"Number of {plural}, 1 to {MaxFirst}.", a => a.DefaultValue = DefaultFirst)
            .CostsAsAnalysis(0.5) // per item: its words against the corpus (QueryCost)
            .Resolve(context =>
            {
                var first = StatisticsErrors.First(context.GetArgument("first", DefaultFirst), MaxFirst);
                var visibility = context.Service<ContentVisibility>();
                var contexts = context.Service<IDbContextFactory<DialoogtafelsDbContext>>();
                var loader = context.Service<DataLoaderRegistry>().GetOrAdd<int, List<int>>(
                    $"{visibility.Scope}:{typeof(T).Name}.similar:{first}",
                    () => new BatchLoader<int, List<int>>(
                        async (ids, cancellationToken) =>
                        {
                            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                            return await TextSimilarity.MostSimilarAsync(db, visibility.Filter<T>(), title, ids, first, cancellationToken);
                        },
                        []));
                return loader.Load(context.Source.Id).Then(ids => (IDataLoaderResult<List<T>>)new LoadedItems<T>(context, ids));
            });
}
