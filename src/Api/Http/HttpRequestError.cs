namespace Dialoogtafels.Api.Http;

/// <summary>
/// A request that is refused before execution, or given up (<see cref="Timeout"/>). It is answered with
/// the status code and a GraphQL response without <c>data</c>:
/// <c>{"errors":[{"message":...,"extensions":{"code":...}}]}</c>. The refusals are 4xx for both response
/// media types: the request is not a well-formed GraphQL-over-HTTP request (graphql-over-http draft,
/// "Status Codes"); a timeout is the server's 503.
/// </summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Message">A message for the client that says what to change.</param>
/// <param name="Code">The value of <c>extensions.code</c>.</param>
/// <param name="RetryAfterSeconds">When set, the <c>Retry-After</c> header (RFC 9110, section 10.2.3), in seconds.</param>
/// <param name="CacheControl">When set, the <c>Cache-Control</c> header.</param>
internal sealed record HttpRequestError(int StatusCode, string Message, string Code, int? RetryAfterSeconds = null, string? CacheControl = null)
{
    /// <summary>
    /// 200 with <c>Cache-Control: private, no-cache, must-revalidate</c> and Apollo Server's error
    /// <c>{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}]}</c>:
    /// a request with a persisted-query hash and no query (<see cref="AutomaticPersistedQueries"/>). Apollo
    /// Server 4 answers it with 200 and that header (its <c>PersistedQueryNotFoundError</c>), and Apollo Client's
    /// persisted-queries link then sends the query text; the header keeps a GET answer out of caches.
    /// </summary>
    public static HttpRequestError PersistedQueryNotFound() =>
        new(StatusCodes.Status200OK, "PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND", CacheControl: "private, no-cache, must-revalidate");

    /// <summary>
    /// 400 "provided sha does not match query" (Apollo Server's message) with code
    /// <c>PERSISTED_QUERY_HASH_MISMATCH</c> (Apollo Router's; Apollo Server says <c>BAD_REQUEST</c>): the
    /// persisted-query hash is not the SHA-256 of the query text as sent, in lower-case hex.
    /// </summary>
    public static HttpRequestError PersistedQueryHashMismatch() =>
        new(StatusCodes.Status400BadRequest, "provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH");

    /// <summary>
    /// 503 Service Unavailable with <c>Retry-After</c> (the limit in whole seconds, at least 1) and code
    /// <c>TIMEOUT</c>: the request ran longer than <see cref="GraphQLHttpOptions.RequestTimeout"/>, so the
    /// server stopped its work (its SQL statements included) and sends no <c>data</c>. 503 rather than 504:
    /// no upstream server failed to answer in time (RFC 9110, section 15.6.5, "Gateway Timeout", is for a
    /// gateway or proxy); this server gave up on its own work (section 15.6.4), and a client may try again
    /// later or with a smaller query. Also for <c>application/json</c>, whose 200 is for GraphQL results
    /// (graphql-over-http draft, "application/json"): a timeout has none. Each mutation field commits on its
    /// own, so fields that finished before the deadline stay committed; the one that was running is rolled back.
    /// </summary>
    public static HttpRequestError Timeout(TimeSpan limit) =>
        new(StatusCodes.Status503ServiceUnavailable,
            $"The request did not finish within the server's limit of {limit.TotalSeconds:0.###} s and was stopped. " +
            "Ask for less (smaller pages, fewer nested lists, a narrower filter or search) or try again later.",
            "TIMEOUT",
            Math.Max(1, (int)Math.Ceiling(limit.TotalSeconds)));

    /// <summary>The code of <see cref="ServerBusy"/>.</summary>
    public const string ServerBusyCode = "SERVER_BUSY";

    /// <summary>
    /// 503 Service Unavailable with <c>Retry-After</c> (<paramref name="retryAfterSeconds"/>) and code <c>SERVER_BUSY</c>:
    /// an expensive request found the queue of <see cref="ExpensiveRequestLane"/> full, so it did not run.
    /// The same request may be sent again later; cheaper requests are served meanwhile.
    /// </summary>
    public static HttpRequestError ServerBusy(int retryAfterSeconds) =>
        new(StatusCodes.Status503ServiceUnavailable,
            "The server is busy with other expensive requests and did not run this one; try again later, or ask for less " +
            "(smaller pages, fewer aliases, a simpler search) to be served at once.",
            ServerBusyCode,
            retryAfterSeconds);

    /// <summary>400: the body (or a JSON parameter of a GET) is not valid JSON.</summary>
    public static HttpRequestError JsonInvalid(string message) =>
        new(StatusCodes.Status400BadRequest, message, "JSON_INVALID");

    /// <summary>400: a parameter has the wrong type or occurs twice.</summary>
    public static HttpRequestError InvalidParameter(string message) =>
        new(StatusCodes.Status400BadRequest, message, "INVALID_PARAMETER");

    /// <summary>400: there is no <c>query</c> parameter.</summary>
    public static HttpRequestError QueryMissing() =>
        new(StatusCodes.Status400BadRequest,
            "The request has no 'query' parameter: send the GraphQL document as a string, e.g. {\"query\": \"{ __typename }\"}.",
            "QUERY_MISSING");

    /// <summary>400: the body is a JSON array; batching is not supported.</summary>
    public static HttpRequestError BatchNotSupported() =>
        new(StatusCodes.Status400BadRequest,
            "Batched requests (a JSON array) are not supported: send one JSON object per HTTP request.",
            "BATCHED_REQUESTS_NOT_SUPPORTED");

    /// <summary>413: the body is larger than <see cref="GraphQLHttpOptions.MaxRequestBytes"/>.</summary>
    public static HttpRequestError TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge,
            $"The request body is larger than the maximum of {maxBytes} bytes.",
            "REQUEST_TOO_LARGE");

    /// <summary>415: a POST body that is not <c>application/json</c> in UTF-8.</summary>
    public static HttpRequestError UnsupportedMediaType(string? contentType) =>
        new(StatusCodes.Status415UnsupportedMediaType,
            $"Unsupported Content-Type '{contentType}': POST the request as 'application/json' (UTF-8).",
            "INVALID_CONTENT_TYPE");

    /// <summary>405: a method other than GET and POST (the response carries <c>Allow: GET, POST</c>).</summary>
    public static HttpRequestError MethodNotAllowed(string method) =>
        new(StatusCodes.Status405MethodNotAllowed,
            $"The method {method} is not allowed: send GraphQL requests with GET (queries only) or POST.",
            "HTTP_METHOD_NOT_ALLOWED");

    /// <summary>406: the <c>Accept</c> header allows neither GraphQL JSON media type.</summary>
    public static HttpRequestError NotAcceptable(string? accept) =>
        new(StatusCodes.Status406NotAcceptable,
            $"Cannot respond with any type in Accept '{accept}': accept '{GraphQLMediaTypes.GraphQLResponse}' or '{GraphQLMediaTypes.Json}'.",
            "NOT_ACCEPTABLE");
}
