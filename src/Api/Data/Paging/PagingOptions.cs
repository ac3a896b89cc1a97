namespace Dialoogtafels.Api.Data.Paging;

/// <summary>
/// Page-size limits of cursor connections and collection segments (configuration section
/// <c>Paging</c>). Defaults as HotChocolate: 10 items when neither <c>first</c> nor <c>last</c>
/// (nor <c>take</c>) is given, at most 50.
/// </summary>
public sealed class PagingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Paging";

    /// <summary>Items per page when the client asks for no size.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Largest <c>first</c> or <c>last</c> a client may ask for; more is an error, never a silent cut.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>
    /// Largest <c>skip</c> of an offset page (<see cref="OffsetPageRequest"/>): PostgreSQL reads and
    /// drops every skipped row, so deep offsets over large lists are refused instead of being slow.
    /// </summary>
    public int MaxSkip { get; set; } = 10_000;
}
