using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// Documents that were parsed, passed <see cref="DocumentGuard"/> and GraphQL.NET's validation, by
/// their text and operation name, so a repeated request (an embedding site sends the same query
/// text again and again, with other variables) skips parsing and the validation rules that do not
/// depend on variables or the caller (GraphQL.NET's <c>CachedDocumentValidationRules</c> convention,
/// see its document-caching guide). What still depends on the request is kept per entry
/// (<see cref="ValidatedDocument"/>): the caller-scoped rules (authorization) run again for a caller
/// scope that has not passed yet, the complexity analysis when variables can change page sizes, the
/// operation limits of each caller (<see cref="OperationLimits"/>, from the counts kept on the entry).
/// Bounded: at most <see cref="MaxTotalLength"/> characters of query text, least recently used out first.
/// </summary>
internal sealed class ValidatedDocumentCache : IDisposable
{
    /// <summary>Total length of the cached query texts, in characters (a parsed document takes about ten times that in memory).</summary>
    public const int MaxTotalLength = 1_000_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxTotalLength });

    /// <summary>The validated document of <paramref name="query"/> and <paramref name="operationName"/>, or null.</summary>
    public ValidatedDocument? Get(string query, string? operationName) =>
        cache.TryGetValue((query, operationName), out ValidatedDocument? document) ? document : null;

    /// <summary>
    /// Remembers <paramref name="document"/> with its <paramref name="shape"/> and the <paramref name="complexity"/>
    /// of this execution, and returns its entry, which tracks <paramref name="callerScopedRules"/> caller-scoped
    /// rules; call only after it was validated and executed.
    /// </summary>
    public ValidatedDocument Set(string query, string? operationName, GraphQLDocument document, DocumentShape shape, double? complexity, int callerScopedRules) =>
        cache.Set((query, operationName), new ValidatedDocument(document, operationName, shape, complexity, callerScopedRules),
            new MemoryCacheEntryOptions { Size = query.Length + (operationName?.Length ?? 0) });

    /// <inheritdoc/>
    public void Dispose() => cache.Dispose();
}
