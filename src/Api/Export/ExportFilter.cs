using Dialoogtafels.Api.Data.Querying;
using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Data.Search;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Common;
using GraphQL;
using GraphQL.Types;

namespace Dialoogtafels.Api.Export;

/// <summary>
/// The rows an export request asks for: published content (<see cref="ContentVisibility.Public"/>) AND the
/// <c>where</c> query parameter (JSON of the list field's <c>{Type}FilterInput</c>, translated by
/// <see cref="FilterTranslator"/> as the GraphQL argument is) AND the <c>search</c> parameter (the
/// list field's Dutch full-text search, <see cref="SearchArgument"/>). So
/// <c>/export/ideas.csv?where=W&amp;search=S</c> holds the items of <c>ideas(where: W, search: S)</c>.
/// </summary>
internal static class ExportFilter
{
    /// <summary>The query parameter with the filter JSON.</summary>
    public const string WhereParameter = FilterArgument.Name;

    /// <summary>The query parameter with the search text.</summary>
    public const string SearchParameter = SearchArgument.Name;

    /// <summary>The predicate of <paramref name="query"/> over <typeparamref name="T"/>, with the filter input type and search of its declaration in <paramref name="catalog"/>.</summary>
    /// <exception cref="ExportRequestException">For a repeated parameter, a bad <c>where</c> or a too long <c>search</c>.</exception>
    public static Expression<Func<T, bool>> From<T>(IQueryCollection query, ISchema schema, EntityCatalog catalog, ReferenceKeys? references = null) where T : ContentEntity
    {
        var entity = catalog.Of<T>();
        var filter = ContentVisibility.Public.Filter<T>();
        if (ExportQuery.Single(query, WhereParameter) is { } json && !string.IsNullOrWhiteSpace(json) && Where<T>(json, schema, catalog, references) is { } where) filter = filter.And(where);
        if (ExportQuery.Single(query, SearchParameter) is { } text && !string.IsNullOrWhiteSpace(text) && entity.Search is { } searchable)
        {
            if (text.Length > SearchArgument.MaxLength)
                throw new ExportRequestException("SEARCH_TOO_LONG", $"`search` may be at most {SearchArgument.MaxLength} characters; it was {text.Length}.");
            filter = filter.And(new Search<T>(text, searchable.Document).Matches);
        }

        return filter;
    }

    private static Expression<Func<T, bool>>? Where<T>(string json, ISchema schema, EntityCatalog catalog, ReferenceKeys? references) where T : ContentEntity
    {
        schema.Initialize();
        var filterTypeOf = FilterArgument.FilterTypes(schema, catalog);
        var type = filterTypeOf(typeof(T));
        if (InputJson.Parse(json, type, WhereParameter, ExportErrors.FilterInvalid) is not IDictionary<string, object?> where) return null;
        try
        {
            return FilterTranslator.ToPredicate<T>(type, where, filterTypeOf, ContentVisibility.Public, references);
        }
        catch (ExecutionError e)
        {
            throw new ExportRequestException(e.Code ?? ExportErrors.FilterInvalid, e.Message);
        }
    }
}
