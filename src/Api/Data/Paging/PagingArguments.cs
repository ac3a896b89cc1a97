namespace Dialoogtafels.Api.Data.Paging;

/// <summary>
/// The Relay cursor-connection arguments as a client sent them
/// (Relay Cursor Connections Specification, "Arguments").
/// </summary>
/// <param name="First">Items after <paramref name="After"/>; null when not given.</param>
/// <param name="After">Cursor to start after; null for the beginning.</param>
/// <param name="Last">Items before <paramref name="Before"/>; null when not given.</param>
/// <param name="Before">Cursor to end before; null for the end.</param>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before);
