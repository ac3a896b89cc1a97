namespace Dialoogtafels.Api.Data.Paging;

/// <summary>
/// A validated page request over a keyset: read <see cref="Size"/> items forwards (in sort order)
/// after the cursor <see cref="After"/>, or backwards before the cursor <see cref="Before"/>.
/// The cursors are decoded against the field's sort order (<see cref="Cursor.Decode"/>) by
/// <c>KeysetPage.Bounds</c>.
/// </summary>
/// <param name="Forward">True for <c>first</c>/default paging, false for <c>last</c>.</param>
/// <param name="Size">Number of items to return (0 … <see cref="PagingOptions.MaxPageSize"/>).</param>
/// <param name="After">The <c>after</c> cursor, or null.</param>
/// <param name="Before">The <c>before</c> cursor, or null.</param>
public sealed record PageRequest(bool Forward, int Size, string? After, string? Before)
{
    /// <summary>
    /// Validates <paramref name="arguments"/>. Throws a GraphQL <c>ExecutionError</c> with one of the
    /// <see cref="PagingErrors"/> codes when both <c>first</c> and <c>last</c> are given or a size is
    /// negative or above <see cref="PagingOptions.MaxPageSize"/>; cursors are not decoded here.
    /// </summary>
    public static PageRequest From(PagingArguments arguments, PagingOptions options)
    {
        if (arguments.First is not null && arguments.Last is not null)
            throw PagingErrors.Create(PagingErrors.FirstAndLast, "Pass either `first` or `last`, not both.");
        CheckSize("first", arguments.First, options);
        CheckSize("last", arguments.Last, options);

        var forward = arguments.Last is null;
        var size = arguments.First ?? arguments.Last ?? options.DefaultPageSize;
        return new PageRequest(forward, size, arguments.After, arguments.Before);
    }

    /// <summary>A stable text form, for naming the DataLoader that serves this request.</summary>
    public string Signature => $"{(Forward ? "f" : "l")}{Size}:{After}:{Before}";

    /// <summary>Throws the <see cref="PagingErrors"/> error for a page size <paramref name="size"/> (argument <paramref name="name"/>) below 0 or above the maximum.</summary>
    internal static void CheckSize(string name, int? size, PagingOptions options)
    {
        if (size < 0)
            throw PagingErrors.Create(PagingErrors.NegativePageSize, $"`{name}` must be zero or more; it was {size}.");
        if (size > options.MaxPageSize)
            throw PagingErrors.Create(
                PagingErrors.MaxPageSizeExceeded,
                $"`{name}` may be at most {options.MaxPageSize}; it was {size}. Ask for the next page instead.");
    }
}
