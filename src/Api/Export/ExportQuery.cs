using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using GraphQL.Types;

namespace Dialoogtafels.Api.Export;

/// <summary>What an export request asks for: the rows (<see cref="Filter"/>) and their order (<see cref="Order"/>).</summary>
/// <typeparam name="T">The exported entity.</typeparam>
internal sealed record ExportQuery<T>(Expression<Func<T, bool>> Filter, SortOrder<T> Order) where T : ContentEntity;

/// <summary>
/// Reads the query parameters of an export: <c>where</c> and <c>search</c> (<see cref="ExportFilter"/>) and
/// <c>order</c> (<see cref="ExportOrder"/>), each at most once. Every value is first checked as the GraphQL
/// <c>String</c> scalar checks text (<see cref="StorableText"/>), so nothing PostgreSQL cannot store reaches it.
/// </summary>
internal static class ExportQuery
{
    /// <summary>The parameters an export takes, as the <c>ideas</c>/<c>stories</c> list fields name their arguments.</summary>
    public static readonly IReadOnlyList<string> Parameters = [ExportFilter.WhereParameter, ExportFilter.SearchParameter, ExportOrder.Parameter];

    /// <summary>The filter and order of <paramref name="query"/> over <typeparamref name="T"/>.</summary>
    /// <exception cref="ExportRequestException">Code <see cref="ExportErrors.UnknownParameter"/> for a parameter not in
    /// <see cref="Parameters"/>, <see cref="ExportErrors.InvalidValue"/> for text PostgreSQL cannot store, and the codes of
    /// <see cref="ExportFilter.From{T}"/> and <see cref="ExportOrder.From{T}"/>.</exception>
    public static ExportQuery<T> From<T>(IQueryCollection query, ISchema schema, EntityCatalog catalog, ReferenceKeys? references = null) where T : ContentEntity
    {
        foreach (var (name, values) in query)
        {
            if (!Parameters.Contains(name, StringComparer.OrdinalIgnoreCase))
                throw new ExportRequestException(ExportErrors.UnknownParameter, $"The exports take no query parameter `{name}`; they take {string.Join(", ", Parameters.Select(p => $"`{p}`"))}.");
            foreach (var value in values)
            {
                if (value is not null && !StorableText.IsStorable(value))
                    throw new ExportRequestException(ExportErrors.InvalidValue, $"The query parameter `{name}` is not valid text. {StorableText.Refusal}");
            }
        }

        return new(ExportFilter.From<T>(query, schema, catalog, references), ExportOrder.From<T>(query, schema, catalog));
    }

    /// <summary>The value of the parameter <paramref name="name"/>; null when absent.</summary>
    /// <exception cref="ExportRequestException">Code <see cref="ExportErrors.InvalidParameter"/> when it occurs more than once.</exception>
    public static string? Single(IQueryCollection query, string name) =>
        query[name].Count switch
        {
            0 => null,
            1 => query[name][0],
            _ => throw new ExportRequestException(ExportErrors.InvalidParameter, $"The query parameter `{name}` may occur only once."),
        };
}
