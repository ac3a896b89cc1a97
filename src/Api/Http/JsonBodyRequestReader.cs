using System.Text.Json;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// Reads a POST request (graphql-over-http draft, "POST"): an <c>application/json</c> body in UTF-8
/// holding one object <c>{"query": string, "operationName": string|null, "variables": map|null,
/// "extensions": map|null}</c>. Another content type is a 415, a body over the size limit a 413,
/// invalid JSON, a batch (array) or a parameter of the wrong type a 400. A missing <c>query</c> is a 400
/// <c>QUERY_MISSING</c> unless <c>extensions.persistedQuery</c> is given (<see cref="AutomaticPersistedQueries"/>).
/// </summary>
internal static class JsonBodyRequestReader
{
    public static async Task<GraphQLRequestReadResult> ReadAsync(
        HttpRequest request, int maxBytes, GraphQLParameters parameters, CancellationToken cancellationToken)
    {
        if (!IsJsonInUtf8(request.ContentType)) return HttpRequestError.UnsupportedMediaType(request.ContentType);
        ReadOnlyMemory<byte>? body;
        try
        {
            body = await RequestBodyReader.ReadAsync(request, maxBytes, cancellationToken);
        }
        catch (BadHttpRequestException e)
        {
            return new HttpRequestError(e.StatusCode, $"The request body could not be read: {e.Message}", "REQUEST_BODY_INVALID");
        }
        if (body is not { } bytes) return HttpRequestError.TooLarge(maxBytes);
        if (bytes.IsEmpty) return HttpRequestError.JsonInvalid("The request body is empty: send a JSON object such as {\"query\": \"{ __typename }\"}.");

        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
            return HttpRequestError.JsonInvalid("The request body is not valid UTF-8.");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            return HttpRequestError.JsonInvalid($"The request body is not valid JSON: {e.Message}");
        }

        try
        {
            using (document) return Read(document.RootElement, parameters) with { Body = bytes };
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json decodes strings lazily: an escaped lone surrogate ("\ud800") fails here.
            return HttpRequestError.JsonInvalid("The request body holds a string that is not valid Unicode (an unpaired surrogate escape).");
        }
    }

    private static GraphQLRequestReadResult Read(JsonElement body, GraphQLParameters parameters)
    {
        if (body.ValueKind == JsonValueKind.Array) return HttpRequestError.BatchNotSupported();
        if (body.ValueKind != JsonValueKind.Object)
            return HttpRequestError.InvalidParameter("The request body must be a JSON object with a 'query' string.");

        var query = Property(body, "query");
        if (query.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
            return HttpRequestError.InvalidParameter("The 'query' parameter must be a string.");

        var operationName = Property(body, "operationName");
        if (operationName.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
            return HttpRequestError.InvalidParameter("The 'operationName' parameter must be a string or null.");

        var variables = parameters.ReadMap(Property(body, "variables"), "variables", out var error);
        if (error is not null) return error;
        var extensions = parameters.ReadMap(Property(body, "extensions"), "extensions", out error);
        if (error is not null) return error;
        var queryText = query.ValueKind == JsonValueKind.String ? query.GetString() : null;
        if (AutomaticPersistedQueries.Check(queryText, extensions) is { } persisted) return persisted;
        if (queryText is null) return HttpRequestError.QueryMissing();
        return new GraphQLRequest
        {
            Query = queryText,
            // "" means no name, as in a GET query string; left as "", DocumentGuard would select no operation
            // while GraphQL.NET runs the document's only one, unguarded.
            OperationName = operationName.ValueKind == JsonValueKind.String && operationName.GetString() is { Length: > 0 } name ? name : null,
            Variables = variables,
            Extensions = extensions,
        };
    }

    private static JsonElement Property(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) ? value : default;

    // application/json without charset or with charset=utf-8 ("POST": the body is UTF-8).
    private static bool IsJsonInUtf8(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && (!type.Charset.HasValue || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
