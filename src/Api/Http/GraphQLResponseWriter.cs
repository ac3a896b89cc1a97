using GraphQL;
using GraphQL.Execution;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// Writes GraphQL responses with the status code the graphql-over-http draft asks for
/// ("Response" › "Status Codes"), always as UTF-8 JSON through the registered <see cref="IGraphQLTextSerializer"/>.
/// </summary>
internal static class GraphQLResponseWriter
{
    /// <summary>
    /// Writes an execution result:
    /// <list type="bullet">
    /// <item>405 with <c>Allow: POST</c> for a mutation over GET (<see cref="HttpMethodNotAllowedError"/>);</item>
    /// <item>503 with <c>Retry-After</c> when the database was unavailable (<see cref="DatabaseUnavailableError"/>),
    /// for both media types: the request may simply be sent again;</item>
    /// <item><c>application/json</c>: 200, whatever the GraphQL errors ("application/json" section);</item>
    /// <item><c>application/graphql-response+json</c>: 200 when the operation was executed (the response
    /// has <c>data</c>); 400 when parsing, validation or variable coercion stopped it (no <c>data</c>);
    /// 500 when an unexpected fault stopped it.</item>
    /// </list>
    /// </summary>
    public static Task WriteResultAsync(HttpContext context, string mediaType, ExecutionResult result)
    {
        var status = StatusCodeFor(mediaType, result);
        AddStatusHeaders(context, status);
        return WriteAsync(context, status, mediaType, result);
    }

    /// <summary>
    /// The response <see cref="WriteResultAsync"/> would write for <paramref name="result"/>, in memory: its status
    /// code, <c>Content-Type</c> and UTF-8 body (for an idempotent mutation, whose response is stored before it is sent).
    /// </summary>
    public static Idempotency.StoredResponse Render(HttpContext context, string mediaType, ExecutionResult result)
    {
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        return new(StatusCodeFor(mediaType, result), GraphQLMediaTypes.WithCharset(mediaType), System.Text.Encoding.UTF8.GetBytes(serializer.Serialize(result)));
    }

    /// <summary>Writes a response from <see cref="Render"/>, or one stored earlier, with the headers of its status code.</summary>
    public static async Task WriteStoredAsync(HttpContext context, Idempotency.StoredResponse stored)
    {
        var response = context.Response;
        response.StatusCode = stored.Status;
        AddStatusHeaders(context, stored.Status);
        response.ContentType = stored.ContentType;
        response.Headers.Vary = "Accept";
        response.ContentLength = stored.Body.Length;
        await response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }

    private static void AddStatusHeaders(HttpContext context, int status)
    {
        if (status == StatusCodes.Status405MethodNotAllowed) context.Response.Headers.Allow = "POST";
        if (status == StatusCodes.Status503ServiceUnavailable)
            context.Response.Headers.RetryAfter = DatabaseUnavailableError.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Writes a request that was refused before execution or given up: its status code, its
    /// <c>Cache-Control</c> and <c>Retry-After</c> when it has them, and one error, no <c>data</c>.
    /// </summary>
    public static Task WriteErrorAsync(HttpContext context, string mediaType, HttpRequestError error)
    {
        if (error.CacheControl is { } cacheControl) context.Response.Headers.CacheControl = cacheControl;
        if (error.RetryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = new ExecutionResult(new ExecutionError(error.Message) { Code = error.Code });
        return WriteAsync(context, error.StatusCode, mediaType, result);
    }

    private static int StatusCodeFor(string mediaType, ExecutionResult result)
    {
        var errors = result.Errors ?? [];
        if (errors.Any(e => e is HttpMethodNotAllowedError)) return StatusCodes.Status405MethodNotAllowed;
        if (errors.Any(e => e is DatabaseUnavailableError)) return StatusCodes.Status503ServiceUnavailable;
        if (mediaType == GraphQLMediaTypes.Json || result.Executed) return StatusCodes.Status200OK;
        return errors.Any(e => e is UnhandledError or UnexpectedExecutionError)
            ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status400BadRequest;
    }

    private static Task WriteAsync(HttpContext context, int status, string mediaType, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = GraphQLMediaTypes.WithCharset(mediaType);
        response.Headers.Vary = "Accept";
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        return serializer.WriteAsync(response.Body, result, context.RequestAborted);
    }
}
