using Dialoogtafels.Api.Data.Catalog;
using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Data.Paging;
using Dialoogtafels.Api.Data.Projection;
using Dialoogtafels.Api.Data.Search;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Common;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Dialoogtafels.Api.Data.Querying;

/// <summary>
/// Everything a list field's arguments ask for, validated and turned into expressions: the page,
/// the order (the client's, relevance for a search, else the key), and one filter that combines
/// visibility, <c>where</c> and <c>search</c>. Root and nested list fields read their arguments
/// through this one class.
/// </summary>
public sealed class ListArguments<T> where T : class, IEntity
{
    private ListArguments(
        PageRequest page, int skip, SortOrder<T> order, Expression<Func<T, bool>> filter, Expression<Func<T, string>>? highlight,
        Expression<Func<T, T>> projection, bool countSelected, bool countWithPage, string signature)
    {
        Page = page;
        Skip = skip;
        Projection = projection;
        Order = order;
        Filter = filter;
        Highlight = highlight;
        CountSelected = countSelected;
        CountWithPage = countWithPage;
        Signature = signature;
    }

    /// <summary>The validated page.</summary>
    public PageRequest Page { get; }

    /// <summary>
    /// Rows of the order to leave out before <see cref="Page"/> (SQL <c>OFFSET</c>): the <c>skip</c> of
    /// an offset page (<see cref="OffsetPageRequest"/>); 0 for cursor paging.
    /// </summary>
    public int Skip { get; }

    /// <summary>The active order; cursors belong to it.</summary>
    public SortOrder<T> Order { get; }

    /// <summary>Visibility AND <c>where</c> AND <c>search</c>.</summary>
    public Expression<Func<T, bool>> Filter { get; }

    /// <summary>The columns the query selects on the nodes (see <see cref="EntityProjection"/>).</summary>
    public Expression<Func<T, T>> Projection { get; }

    /// <summary>The search highlight to read with each row, when searching and the nodes select <c>searchHighlight</c>.</summary>
    public Expression<Func<T, string>>? Highlight { get; }

    /// <summary>Whether the connection selects <c>totalCount</c> (then the count may start with the page).</summary>
    public bool CountSelected { get; }

    /// <summary>
    /// Whether a root page statement counts the total itself (<c>count(*) OVER ()</c>) instead of a
    /// statement of its own: when <c>totalCount</c> is selected, a search is given and no cursor bounds
    /// the page. A search is read from a GIN index, whose matches come unordered, so the page has to
    /// read and sort every match anyway and counting them costs nothing more; without a search an
    /// index in the list's order could stop after one page, which a window count would prevent.
    /// Not with an order through a reference (its join could drop rows from the count); the nodes'
    /// references are then not joined either (EF Core would join them onto the limited rows).
    /// </summary>
    public bool CountWithPage { get; }

    /// <summary>Names everything the rows depend on besides the parent (filter, search, order), for DataLoader names.</summary>
    public string Signature { get; }

    /// <summary>
    /// Reads and validates the arguments of <paramref name="context"/>'s field. Throws GraphQL
    /// <c>ExecutionError</c>s with codes for bad paging arguments, cursors or search text.
    /// </summary>
    /// <param name="context">The list field's resolver context.</param>
    /// <param name="paging">Page size limits.</param>
    /// <param name="visibility">What the caller may see.</param>
    /// <param name="nested">True for a list under a parent (read by <c>NavigationQuery</c>): its nodes' references are not joined.</param>
    /// <param name="offset">True for a collection segment (<c>skip</c>, <c>take</c>) instead of a cursor connection.</param>
    public static ListArguments<T> From(IResolveFieldContext context, PagingOptions paging, ContentVisibility visibility, bool nested = false, bool offset = false)
    {
        var segment = offset ? OffsetPageRequest.From(context.GetArgument<int?>("skip"), context.GetArgument<int?>("take"), paging) : null;
        var page = segment?.Page ?? PageRequest.From(
            new PagingArguments(
                context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
                context.GetArgument<int?>("last"), context.GetArgument<string?>("before")),
            paging);
        var skip = segment?.Skip ?? 0;
        var search = context.Search<T>();
        var order = context.SortOrder<T>(visibility);
        if (search is not null && order.Keys.Count == 1) order = new SortOrder<T>(search.Relevance);
        KeysetPage.Bounds(page, order); // rejects bad cursors now, before anything is queued

        var filter = visibility.Filter<T>().AndAll(context.Predicate<T>(visibility), search?.Matches);

        var nodeFields = SelectedFields.OfConnectionNodes(context);
        var countSelected = SelectedFields.OfObjects(context).Contains("totalCount");
        // A window count and joined references do not mix: EF Core puts the limited rows in a
        // subquery to join references onto them, and the window would count only those rows.
        // Not after an offset either: a page past the last match has no row to carry the count.
        var countWithPage = countSelected && search is not null && page.After is null && page.Before is null && skip == 0 && !order.ThroughReferences;
        var projection = EntityProjection.For<T>(context, nodeFields, joins: !nested && !countWithPage);
        // ts_headline costs per row: only read when a node selects it.
        var highlight = nodeFields.Contains(SearchHighlights.FieldName) ? search?.Highlight : null;
        return new ListArguments<T>(page, skip, order, filter, highlight, projection, countSelected, countWithPage,
            $"{visibility.Scope}|{context.Signature()}|{skip}|{search?.Text}|{order.Signature}|{EntityProjection.Signature(projection)}|{highlight is not null}");
    }

}

/// <summary>Declares the arguments <see cref="ListArguments{T}"/> reads.</summary>
public static class ListArgumentsDeclaration
{
    /// <summary>
    /// Adds, in HotChocolate's order, <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>, and where
    /// <paramref name="catalog"/> declares them for <typeparamref name="T"/> <c>where</c>, <c>order</c> and <c>search</c>.
    /// </summary>
    public static FieldBuilder<TSource, object> ListArguments<TSource, T>(this FieldBuilder<TSource, object> field, EntityCatalog catalog) =>
        field
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.")
            .WhereArgument<TSource, T>(catalog)
            .OrderArgument<TSource, T>(catalog)
            .SearchArgumentFor<TSource, T>(catalog);

    /// <summary>
    /// Adds, in HotChocolate's order, <c>skip</c>, <c>take</c>, and where <paramref name="catalog"/>
    /// declares them for <typeparamref name="T"/> <c>where</c>, <c>order</c> and <c>search</c>: the arguments of an offset-paged field.
    /// </summary>
    public static FieldBuilder<TSource, object> SegmentArguments<TSource, T>(this FieldBuilder<TSource, object> field, EntityCatalog catalog) =>
        field
            .Argument<IntGraphType>("skip", "Skips the first _n_ elements of the list (at most the configured maximum, 10,000 by default).")
            .Argument<IntGraphType>("take", "Returns the next _n_ elements of the list (at most 50; 10 when not given).")
            .WhereArgument<TSource, T>(catalog)
            .OrderArgument<TSource, T>(catalog)
            .SearchArgumentFor<TSource, T>(catalog);
}
