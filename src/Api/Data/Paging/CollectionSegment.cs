using GraphQL.DataLoader;

namespace Dialoogtafels.Api.Data.Paging;

/// <summary>
/// One offset page of a list (HotChocolate's <c>CollectionSegment</c>): the items after
/// <c>skip</c>, whether items follow or precede them, and the total, counted only when selected.
/// </summary>
public sealed class CollectionSegment
{
    /// <summary>The page's items, in the list's order.</summary>
    public required IEnumerable<object> Items { get; init; }

    /// <summary>Whether items follow and precede the page.</summary>
    public required CollectionSegmentInfo PageInfo { get; init; }

    /// <summary>Number of all items of the list (not just this page), loaded when selected.</summary>
    public required Func<IDataLoaderResult<int>> TotalCount { get; init; }

    /// <summary>
    /// The segment of the page <paramref name="page"/>, read from the start of the order after
    /// <paramref name="skip"/> rows (see <see cref="OffsetPageRequest"/>): items precede it when
    /// <paramref name="skip"/> is above 0, as HotChocolate reports <c>hasPreviousPage</c>.
    /// </summary>
    public static CollectionSegment From(IConnection page, int skip) => new()
    {
        Items = page.NodeObjects,
        PageInfo = new CollectionSegmentInfo(page.PageInfo.HasNextPage, () => new Known<bool>(skip > 0)),
        TotalCount = page.TotalCount,
    };
}

/// <summary>HotChocolate's <c>CollectionSegmentInfo</c>: whether items follow and precede an offset page.</summary>
/// <param name="HasNextPage">Whether items follow the page.</param>
/// <param name="HasPreviousPage">Whether items precede the page.</param>
public sealed record CollectionSegmentInfo(Func<IDataLoaderResult<bool>> HasNextPage, Func<IDataLoaderResult<bool>> HasPreviousPage);
