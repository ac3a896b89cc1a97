namespace Dialoogtafels.Api.Data.Paging;

/// <summary>
/// Page-size limits of cursor connections and collection segments (configuration section
/// <c>Paging</c>). The defaults of <see cref="DefaultPageSize"/> and <see cref="MaxPageSize"/> are
/// HotChocolate's.
/// </summary>
public sealed class PagingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Paging";

    /// <summary>Items per page when the client gives none of <c>first</c>, <c>last</c> and <c>take</c> (default 10).</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Largest <c>first</c>, <c>last</c> or <c>take</c> a client may ask for (default 50); more is an error, never a silent cut.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>
    /// Largest <c>skip</c> of an offset page (<see cref="OffsetPageRequest"/>; default 10 000): PostgreSQL
    /// reads and drops every skipped row, so deep offsets over large lists are refused instead of being slow.
    /// </summary>
    public int MaxSkip { get; set; } = 10_000;
}
