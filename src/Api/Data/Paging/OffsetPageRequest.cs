namespace Dialoogtafels.Api.Data.Paging;

/// <summary>
/// A validated offset page (HotChocolate's offset paging, <c>skip</c> and <c>take</c>): leave out the
/// first <see cref="Skip"/> items in sort order and return the next <see cref="Take"/>. Read with SQL
/// <c>OFFSET</c>, whose cost grows with <see cref="Skip"/>, so it is capped at
/// <see cref="PagingOptions.MaxSkip"/>; deeper than that, clients page with cursors or narrow the filter.
/// </summary>
/// <param name="Skip">Items to leave out (0 … <see cref="PagingOptions.MaxSkip"/>).</param>
/// <param name="Take">Items to return (0 … <see cref="PagingOptions.MaxPageSize"/>).</param>
public sealed record OffsetPageRequest(int Skip, int Take)
{
    /// <summary>
    /// Validates <paramref name="skip"/> and <paramref name="take"/> (null: 0 and
    /// <see cref="PagingOptions.DefaultPageSize"/>). Throws a GraphQL <c>ExecutionError</c> with one of
    /// the <see cref="PagingErrors"/> codes when either is negative or above its maximum.
    /// </summary>
    public static OffsetPageRequest From(int? skip, int? take, PagingOptions options)
    {
        if (skip < 0)
            throw PagingErrors.Create(PagingErrors.NegativeSkip, $"`skip` must be zero or more; it was {skip}.");
        if (skip > options.MaxSkip)
            throw PagingErrors.Create(
                PagingErrors.MaxSkipExceeded,
                $"`skip` may be at most {options.MaxSkip}; it was {skip}. Narrow the filter, or page through the results with cursors.");
        PageRequest.CheckSize("take", take, options);
        return new OffsetPageRequest(skip ?? 0, take ?? options.DefaultPageSize);
    }

    /// <summary>The page from the start of the order that the rows after <see cref="Skip"/> are read as.</summary>
    public PageRequest Page => new(Forward: true, Take, After: null, Before: null);
}
