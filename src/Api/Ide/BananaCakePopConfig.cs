using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dialoogtafels.Api.Ide;

/// <summary>
/// The options Banana Cake Pop v18 fetches from <c>bcp-config.json</c> next to its page (its
/// "middleware" mode: <c>fetch(location.origin + location.pathname + "/bcp-config.json")</c>), the same
/// document that ChilliCream's own middlewares serve. Serialized in camelCase.
/// </summary>
/// <param name="Endpoint">The GraphQL endpoint, resolved against the page URL.</param>
/// <param name="Title">The browser tab's title.</param>
internal sealed record BananaCakePopConfig(string Endpoint, string Title)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Use the page's own URL as the base of <see cref="Endpoint"/>: no connection dialog.</summary>
    public bool UseBrowserUrlAsEndpoint => true;

    /// <summary>Telemetry off: no calls to ChilliCream.</summary>
    public bool DisableTelemetry => true;

    /// <summary>The JSON document.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
