using GraphQL;

namespace Dialoogtafels.Api.Data.Paging;

/// <summary>
/// The errors paging arguments can cause. Each is a GraphQL field error with an
/// <c>extensions.code</c>; the connection field resolves to null and the rest of the response stands.
/// </summary>
public static class PagingErrors
{
    /// <summary>Code when <c>first</c>, <c>last</c> or <c>take</c> exceeds <see cref="PagingOptions.MaxPageSize"/>.</summary>
    public const string MaxPageSizeExceeded = "PAGING_MAX_PAGE_SIZE_EXCEEDED";

    /// <summary>Code when <c>first</c>, <c>last</c> or <c>take</c> is negative.</summary>
    public const string NegativePageSize = "PAGING_NEGATIVE_PAGE_SIZE";

    /// <summary>Code when <c>first</c> and <c>last</c> are both given (Relay spec advises against it).</summary>
    public const string FirstAndLast = "PAGING_FIRST_AND_LAST";

    /// <summary>Code when <c>skip</c> is negative.</summary>
    public const string NegativeSkip = "PAGING_NEGATIVE_SKIP";

    /// <summary>Code when <c>skip</c> exceeds <see cref="PagingOptions.MaxSkip"/>.</summary>
    public const string MaxSkipExceeded = "PAGING_MAX_SKIP_EXCEEDED";

    /// <summary>Code when a cursor is not one this field issued (forged, damaged or from another sort order).</summary>
    public const string InvalidCursor = "PAGING_INVALID_CURSOR";

    internal static ExecutionError Create(string code, string message) => new(message) { Code = code };
}
