using Dialoogtafels.Api.Data.Catalog;
using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.Data.Search;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Common;
using GraphQL;
using GraphQL.Builders;

namespace Dialoogtafels.Api.Data.Statistics;

/// <summary>
/// The slice a statistic is computed over: the same <c>where</c> (<see cref="FilterTranslator"/>)
/// and <c>search</c> arguments as the list fields, combined with <see cref="ContentVisibility"/>
/// exactly as <see cref="ListArguments{T}"/> combines them, so a statistic counts what the list
/// with the same arguments returns (anonymous callers: published content only).
/// </summary>
public static class SliceArguments
{
    /// <summary>Adds <c>where: {Type}FilterInput</c> and, for searchable entities, <c>search: String</c>.</summary>
    public static FieldBuilder<TSource, object> SliceArgumentsFor<TSource, T>(this FieldBuilder<TSource, object> field, EntityCatalog catalog) =>
        field.WhereArgument<TSource, T>(catalog).SearchArgumentFor<TSource, T>(catalog);

    /// <summary>
    /// Visibility AND <c>where</c> AND <c>search</c> of the field. Throws the <c>ExecutionError</c>s of
    /// the list fields (codes <c>FILTER_TOO_COMPLEX</c>, <c>SEARCH_TOO_LONG</c>).
    /// </summary>
    public static Expression<Func<T, bool>> SliceFilter<T>(this IResolveFieldContext context, ContentVisibility visibility) where T : ContentEntity
    {
        var filter = visibility.Filter<T>().AndAll(context.Predicate<T>(visibility), context.Search<T>()?.Matches);

        return filter;
    }
}
