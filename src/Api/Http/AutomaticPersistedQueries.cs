using System.Security.Cryptography;
using System.Text;
using GraphQL;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// Apollo's automatic persisted queries (APQ, "apollo-link-persisted-queries" protocol): a client sends
/// <c>extensions: {"persistedQuery": {"version": 1, "sha256Hash": "&lt;hex&gt;"}}</c>, first without
/// <c>query</c>; when the server does not know the hash, the client sends the request again with the query
/// text and the same extension. This API stores no queries (trusted documents are a later step), so:
/// <list type="bullet">
/// <item>without <c>query</c>: <see cref="HttpRequestError.PersistedQueryNotFound"/> (200, Apollo Server's
/// exact error), over POST and GET, so that Apollo Client sends the query;</item>
/// <item>with <c>query</c>: the hash must be the SHA-256 of the query text as sent (UTF-8, lower-case hex),
/// as Apollo Server checks it, else <see cref="HttpRequestError.PersistedQueryHashMismatch"/> (400); a
/// matching request runs as any other;</item>
/// <item>a <c>persistedQuery</c> that is not an object with a string <c>sha256Hash</c>: 400 <c>INVALID_PARAMETER</c>.</item>
/// </list>
/// Without the extension nothing changes (a missing <c>query</c> stays <c>QUERY_MISSING</c>).
/// </summary>
internal static class AutomaticPersistedQueries
{
    /// <summary>The name of the extension.</summary>
    public const string ExtensionName = "persistedQuery";

    /// <summary>
    /// The error that answers a request with <paramref name="query"/> (null when absent) and
    /// <paramref name="extensions"/>, or null when the request may run (or has no persisted-query extension).
    /// </summary>
    public static HttpRequestError? Check(string? query, Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue(ExtensionName, out var value) || value is null) return null;
        if (value is not IReadOnlyDictionary<string, object?> persisted
            || !persisted.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string hash)
        {
            return HttpRequestError.InvalidParameter(
                "The 'extensions.persistedQuery' parameter must be an object with a string 'sha256Hash' (Apollo's automatic persisted queries).");
        }

        if (query is null) return HttpRequestError.PersistedQueryNotFound();
        return string.Equals(hash, Sha256(query), StringComparison.Ordinal) ? null : HttpRequestError.PersistedQueryHashMismatch();
    }

    /// <summary>The SHA-256 of <paramref name="query"/> in UTF-8, as lower-case hex (64 characters).</summary>
    public static string Sha256(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
