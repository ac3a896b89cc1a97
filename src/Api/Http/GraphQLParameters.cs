using System.Text.Json;
using GraphQL;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// Reads the map parameters <c>variables</c> and <c>extensions</c> (graphql-over-http draft,
/// "Request Parameters": a map or null) into <see cref="Inputs"/> with the registered serializer.
/// </summary>
internal sealed class GraphQLParameters(IGraphQLTextSerializer serializer)
{
    /// <summary>A map parameter given as JSON text (GET); null or empty text is no map.</summary>
    public Inputs? ReadMap(string? json, string name, out HttpRequestError? error)
    {
        error = null;
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadMap(document.RootElement, name, out error);
        }
        catch (JsonException e)
        {
            error = HttpRequestError.JsonInvalid($"The '{name}' parameter is not valid JSON: {e.Message}");
            return null;
        }
    }

    /// <summary>A map parameter inside a JSON body (POST); absent or null is no map.</summary>
    public Inputs? ReadMap(JsonElement value, string name, out HttpRequestError? error)
    {
        error = null;
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.Object)
        {
            error = HttpRequestError.InvalidParameter($"The '{name}' parameter must be a JSON object (a map) or null.");
            return null;
        }
        try
        {
            return serializer.ReadNode<Inputs>(value);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            error = HttpRequestError.InvalidParameter($"The '{name}' parameter could not be read: it must be a JSON object of valid values.");
            return null;
        }
    }
}
