using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Dialoogtafels.Api.Data.Search;

/// <summary>
/// The <c>search: String</c> argument of list fields over searchable entities (those whose declaration
/// has a <see cref="SearchDefinition{T}"/>): Dutch full-text search in websearch syntax, combined with
/// <c>where</c> and paging. Without an <c>order</c> argument the results come by relevance
/// (<c>ts_rank_cd</c>, best first, then the id). See <see cref="SearchFunctions.DutchSearchQuery"/>.
/// </summary>
public static class SearchArgument
{
    /// <summary>The argument name.</summary>
    public const string Name = "search";

    /// <summary>Longest accepted search text, in characters.</summary>
    public const int MaxLength = 500;

    /// <summary>Options of <c>ts_headline</c>: matched words wrapped in <c>&lt;mark&gt;</c>, up to two fragments.</summary>
    public const string HeadlineOptions = "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    /// <summary>Adds <c>search: String</c> when <paramref name="catalog"/> declares <typeparamref name="T"/> searchable.</summary>
    public static FieldBuilder<TSource, object> SearchArgumentFor<TSource, T>(this FieldBuilder<TSource, object> field, EntityCatalog catalog)
    {
        if (catalog.Find(typeof(T))?.SearchDocument is not null)
            field.Argument<StringGraphType>(Name,
                $"Dutch full-text search in websearch syntax: words (stemmed, so \"fietsen\" finds \"fiets\"), \"quoted phrases\", -excluded words, `or`. At most {MaxLength} characters. Orders by relevance unless `order` is given.");
        return field;
    }

    /// <summary>
    /// The search the field asks for, or null. Throws an <c>ExecutionError</c> with code
    /// <c>SEARCH_TOO_LONG</c> when the text is longer than <see cref="MaxLength"/>.
    /// </summary>
    public static Search<T>? Search<T>(this IResolveFieldContext context) where T : class, IEntity
    {
        if (context.GetArgument<string?>(Name) is not { } text || string.IsNullOrWhiteSpace(text)
            || context.RequestServices!.GetRequiredService<EntityCatalog>().Find(typeof(T)) is not EntityDescriptor<T> { Search: { } definition })
        {
            return null;
        }

        if (text.Length > MaxLength)
            throw new ExecutionError($"`search` may be at most {MaxLength} characters; it was {text.Length}.") { Code = "SEARCH_TOO_LONG" };
        return new Search<T>(text, definition.Document);
    }
}

/// <summary>One search: its predicate, its relevance key and its highlight, as expressions for EF Core.</summary>
public sealed class Search<T>(string text, Expression<Func<T, string>> document) where T : class, IEntity
{
    private readonly StrongBox<string> parameter = new(text);

    /// <summary>The text as the client sent it.</summary>
    public string Text => text;

    /// <summary><c>search_vector @@ dutch_search_query(text)</c>.</summary>
    public Expression<Func<T, bool>> Matches =>
        e => EF.Property<NpgsqlTsVector>(e, DialoogtafelsDbContext.SearchVectorProperty).Matches(SearchFunctions.DutchSearchQuery(parameter.Value!));

    /// <summary>The relevance order: <c>ts_rank_cd</c> descending, then the id.</summary>
    public IEnumerable<SortKey> Relevance =>
    [
        new SortKey("relevance:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16],
            (Expression<Func<T, float>>)(e => EF.Property<NpgsqlTsVector>(e, DialoogtafelsDbContext.SearchVectorProperty)
                .RankCoverDensity(SearchFunctions.DutchSearchQuery(parameter.Value!))),
            Descending: true),
    ];

    /// <summary><c>ts_headline</c> of the HTML-escaped document: safe to embed, matched words in <c>&lt;mark&gt;</c>.</summary>
    public Expression<Func<T, string>> Highlight
    {
        get
        {
            var e = document.Parameters[0];
            Expression escaped = document.Body;
            foreach (var (from, to) in new[] { ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;") })
                escaped = Expression.Call(escaped, typeof(string).GetMethod(nameof(string.Replace), [typeof(string), typeof(string)])!,
                    Expression.Constant(from), Expression.Constant(to));
            Expression<Func<string, string>> headline = doc =>
                SearchFunctions.DutchSearchQuery(parameter.Value!).GetResultHeadline("dutch", doc, SearchArgument.HeadlineOptions);
            return Expression.Lambda<Func<T, string>>(ParameterReplacer.Apply(headline, escaped), e);
        }
    }
}
