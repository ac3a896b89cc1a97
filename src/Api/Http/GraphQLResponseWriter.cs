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
        if (status == StatusCodes.Status405MethodNotAllowed) context.Response.Headers.Allow = "POST";
        if (status == StatusCodes.Status503ServiceUnavailable)
            context.Response.Headers.RetryAfter = DatabaseUnavailableError.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WriteAsync(context, status, mediaType, result);
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
