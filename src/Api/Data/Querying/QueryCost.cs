using Dialoogtafels.Api.Data.Search;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Dialoogtafels.Api.Data.Querying;

/// <summary>
/// What a field costs in the complexity analysis for the database work it causes beyond the values
/// it returns (those are priced by <see cref="Paging.ConnectionComplexity"/> and GraphQL.NET's
/// defaults): a <c>search</c> by its terms and <c>or</c> branches, and an analysis field (statistics,
/// co-occurrence, characteristic terms, similar items, theme suggestions) by the slice it reads. The
/// endpoint adds this to each field's own impact (<c>Http/GraphQLRequestLimits</c>), so the analyzer
/// multiplies it by the page sizes of the enclosing lists, like every other cost.
/// </summary>
/// <remarks>
/// Why (issue "Fixes from a hostile trial", item 1): 100 aliases of a 500-character <c>or</c> search
/// cost about 10,000, a tenth of the limit, and kept 100 backends busy for 30 s. Measured on the
/// benchmark's default scale (10,000 ideas, bench/README.md, "Other measurements"): a page of 50
/// ideas (complexity about 100) answers in 3–10 ms, so one unit is about 0.05–0.1 ms of work; a
/// one-word search takes about 10 ms, an <c>or</c> of <i>n</i> words about <i>n</i>² × 40–60 ms
/// (every branch adds matches, and each match is ranked against every term), a statistics or
/// co-occurrence field 20–75 ms, characteristic terms 600 ms, <c>similar</c> and
/// <c>suggestedThemes</c> 45–80 ms per item.
/// </remarks>
public static class QueryCost
{
    /// <summary>The metadata key of a field's analysis weight (<see cref="CostsAsAnalysis{TSource, TReturn}"/>).</summary>
    public const string AnalysisWeightKey = "dialoogtafels:analysisWeight";

    /// <summary>
    /// Declares that <paramref name="field"/> reads a whole slice (or, per item, the whole corpus):
    /// it costs <paramref name="weight"/> × the analysis price (<c>GraphQL:AnalysisComplexity</c>)
    /// on top of its values, per call.
    /// </summary>
    /// <param name="field">The field.</param>
    /// <param name="weight">Its work relative to one statistics field (measured, see the remarks of <see cref="QueryCost"/>).</param>
    public static FieldBuilder<TSource, TReturn> CostsAsAnalysis<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, double weight = 1) =>
        field.WithMetadata(AnalysisWeightKey, weight);

    /// <summary>
    /// The terms and <c>or</c> branches of a search text as PostgreSQL's <c>websearch_to_tsquery</c>
    /// reads it, approximately: a term is a run of letters or digits other than the word <c>or</c>
    /// (any case), and each <c>or</c> between terms starts another branch. Quotes and <c>-</c> do not
    /// change the count (a phrase costs its words, an excluded word is still looked up).
    /// </summary>
    /// <param name="text">The search text; null or blank has no terms.</param>
    /// <returns>The number of terms, and of branches (at least 1).</returns>
    public static (int Terms, int Branches) SearchTerms(string? text)
    {
        var terms = 0;
        var ors = 0;
        var pendingOr = false;
        if (text is null) return (0, 1);
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i - start == 2 && (text[start] | 0x20) == 'o' && (text[start + 1] | 0x20) == 'r')
            {
                pendingOr = terms > 0;
                continue;
            }

            if (pendingOr) ors++;
            pendingOr = false;
            terms++;
        }

        return (terms, ors + 1);
    }

    /// <summary>
    /// The extra impact of <paramref name="field"/>: terms × branches × <paramref name="searchTermPrice"/>
    /// for its <c>search</c> argument (literal or from a variable), plus its analysis weight ×
    /// <paramref name="analysisPrice"/>; 0 for other fields.
    /// </summary>
    /// <param name="field">The field as the complexity analyzer sees it.</param>
    /// <param name="searchTermPrice">Cost of one term in one branch (<c>GraphQL:SearchTermComplexity</c>).</param>
    /// <param name="analysisPrice">Cost of one statistics field (<c>GraphQL:AnalysisComplexity</c>).</param>
    public static double Extra(FieldImpactContext field, double searchTermPrice, double analysisPrice)
    {
        var extra = field.FieldDefinition.GetMetadata<double>(AnalysisWeightKey) * analysisPrice;
        if (field.FieldDefinition.Arguments?.Find(SearchArgument.Name) is not null
            && field.GetArgument<string?>(SearchArgument.Name, null) is { } text)
        {
            var (terms, branches) = SearchTerms(text);
            extra += (double)terms * branches * searchTermPrice;
        }

        return extra;
    }
}
