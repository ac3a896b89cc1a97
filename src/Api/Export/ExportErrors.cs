using Dialoogtafels.Api.Http;

namespace Dialoogtafels.Api.Export;

/// <summary>
/// The errors of the export endpoints. A refused request gets status 400 and the GraphQL error shape
/// <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c> as <c>application/json</c>, before any row is written.
/// </summary>
internal static class ExportErrors
{
    /// <summary><c>where</c> is not valid JSON.</summary>
    public const string JsonInvalid = "JSON_INVALID";

    /// <summary><c>where</c> is JSON but not a valid <c>{Type}FilterInput</c>: an unknown field or operator, a value of the wrong type, an unknown enum value.</summary>
    public const string FilterInvalid = "FILTER_INVALID";

    /// <summary>
    /// A parameter holds text that PostgreSQL cannot store (a NUL character, an unpaired surrogate; see
    /// <see cref="Persistence.StorableText"/>): the code GraphQL.NET gives such a variable on <c>/graphql</c>.
    /// </summary>
    public const string InvalidValue = "INVALID_VALUE";

    /// <summary><c>order</c> is JSON but not a valid <c>[{Type}SortInput!]</c>: an unknown field, a direction other than <c>ASC</c>/<c>DESC</c>, a null item.</summary>
    public const string OrderInvalid = "ORDER_INVALID";

    /// <summary>A query parameter that the exports do not take (they take <c>where</c>, <c>search</c> and <c>order</c>): refused rather than ignored, so a misspelt filter never gives a whole file.</summary>
    public const string UnknownParameter = "EXPORT_UNKNOWN_PARAMETER";

    /// <summary>A query parameter occurs more than once.</summary>
    public const string InvalidParameter = "INVALID_PARAMETER";

    /// <summary>Writes <paramref name="error"/> as a 400 response.</summary>
    public static Task WriteAsync(HttpContext context, ExportRequestException error) =>
        GraphQLResponseWriter.WriteErrorAsync(context, GraphQLMediaTypes.Json,
            new Http.HttpRequestError(StatusCodes.Status400BadRequest, error.Message, error.Code));
}

/// <summary>An export request that is refused with 400 (see <see cref="ExportErrors"/>).</summary>
/// <param name="code">The value of <c>extensions.code</c>: one of <see cref="ExportErrors"/> or a code of the GraphQL filter and search arguments (e.g. <c>FILTER_TOO_COMPLEX</c>, <c>SEARCH_TOO_LONG</c>).</param>
/// <param name="message">What is wrong, for the client.</param>
internal sealed class ExportRequestException(string code, string message) : Exception(message)
{
    /// <summary>The value of <c>extensions.code</c>.</summary>
    public string Code { get; } = code;
}
