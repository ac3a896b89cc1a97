using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.Export;

/// <summary>
/// The order of an export: the <c>order</c> query parameter holds the JSON of the list field's
/// <c>order: [{Type}SortInput!]</c> argument (e.g. <c>?order=[{"supportCount":"DESC"},{"title":"ASC"}]</c>; one
/// object stands for a list of one), read as <see cref="SortArgument"/> reads the GraphQL argument, so the id is
/// the last, unique tiebreaker and a key through a draft reference reads as missing. Without it: by id.
/// </summary>
internal static class ExportOrder
{
    /// <summary>The query parameter with the order JSON.</summary>
    public const string Parameter = SortArgument.Name;

    /// <summary>The order <paramref name="query"/> asks for over <typeparamref name="T"/>, with the sort input type of its declaration in <paramref name="catalog"/>.</summary>
    /// <exception cref="ExportRequestException">Code <see cref="ExportErrors.JsonInvalid"/> when the text is not JSON,
    /// <see cref="ExportErrors.OrderInvalid"/> when it does not fit <c>[{Type}SortInput!]</c>, <see cref="ExportErrors.InvalidParameter"/> when repeated.</exception>
    public static SortOrder<T> From<T>(IQueryCollection query, ISchema schema, EntityCatalog catalog) where T : ContentEntity
    {
        if (ExportQuery.Single(query, Parameter) is not { } json || string.IsNullOrWhiteSpace(json)
            || catalog.Of<T>().SortType is null)
        {
            return SortOrder<T>.Default;
        }

        schema.Initialize();
        var sortType = (ISortInputType)schema.AllTypes[catalog.Of<T>().SortTypeName]!;
        if (InputJson.Parse(json, new ListGraphType(new NonNullGraphType(sortType)), Parameter, ExportErrors.OrderInvalid) is not List<object?> items) return SortOrder<T>.Default;
        return SortArgument.SortOrder<T>(sortType, items.Cast<IDictionary<string, object?>>(), schema, ContentVisibility.Public);
    }
}
