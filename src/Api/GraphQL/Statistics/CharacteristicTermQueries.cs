using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Data.Querying;
using System.Linq.Expressions;
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
/// The characteristic terms root field of each analysed content type (<see cref="IContentAnalysis"/>, e.g. <c>ideaCharacteristicTerms</c>): "what the ideas are
/// about" — the Dutch terms most characteristic of a slice against all visible items of the type,
/// scored by Dunning's log-likelihood G² (see <see cref="CharacteristicTerms"/>). One SQL statement,
/// plus one batched statement for <c>examples</c> when selected.
/// </summary>
/// <param name="analyses">The analysed content types, in the order of their fields.</param>
/// <param name="catalog">The entities of the schema.</param>
public sealed class CharacteristicTermQueries(IEnumerable<IContentAnalysis> analyses, EntityCatalog catalog) : IQueryFields
{
    /// <summary>Default of <c>first</c>.</summary>
    public const int DefaultFirst = 10;

    /// <summary>Largest accepted <c>first</c>.</summary>
    public const int MaxFirst = 50;

    /// <summary>Default of <c>minCount</c>: a term must occur in at least this many slice items.</summary>
    public const int DefaultMinCount = 2;

    /// <inheritdoc />
    public void AddTo(ObjectGraphType query)
    {
        foreach (var analysis in analyses) analysis.AddCharacteristicTerms(query, catalog);
    }

    internal static void Add<T, TTermType>(ObjectGraphType query, EntityCatalog catalog, string name, string plural)
        where T : ContentEntity
        where TTermType : IGraphType =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TTermType>>>>(name)
            .Description(
                $"The Dutch terms (stemmed, stop words removed) most characteristic of the {plural} that match `where` and `search`, "
                + $"compared with all {plural}: ranked by Dunning's log-likelihood G² over the number of {plural} with and without the term, "
                + "best first. Only terms relatively more frequent in the slice than in the rest are returned; without `where` and `search` "
                + "the slice is the whole corpus, every score is 0 and the terms come by frequency. "
                + $"Error `{StatisticsErrors.FirstOutOfRange}` for `first` outside 1..{MaxFirst}, `{StatisticsErrors.MinCountOutOfRange}` for `minCount` below 1.")
            .SliceArgumentsFor<object?, T>(catalog)
            .Argument<IntGraphType>("first", $"Number of terms, 1 to {MaxFirst}.", a => a.DefaultValue = DefaultFirst)
            .Argument<IntGraphType>("minCount", $"Leave out terms found in fewer slice {plural} than this.", a => a.DefaultValue = DefaultMinCount)
            .CostsAsAnalysis(10) // every lexeme of the slice and of the corpus: about 10 statistics fields (QueryCost)
            .ResolveAsync(async context =>
            {
                var first = StatisticsErrors.First(context.GetArgument("first", DefaultFirst), MaxFirst);
                var minCount = context.GetArgument("minCount", DefaultMinCount);
                if (minCount < 1)
                    throw StatisticsErrors.Create(StatisticsErrors.MinCountOutOfRange, $"`minCount` must be at least 1; it was {minCount}.");
                var visibility = context.Service<ContentVisibility>();
                var corpus = visibility.Filter<T>();
                var slice = context.SliceFilter<T>(visibility);
                await ReferenceKeys.LoadAsync(slice, context.CancellationToken);
                await using var db = await context.Service<IDbContextFactory<DialoogtafelsDbContext>>().CreateDbContextAsync(context.CancellationToken);
                return await CharacteristicTerms.RankAsync(db, corpus, slice, first, minCount, context.CancellationToken);
            });
}
