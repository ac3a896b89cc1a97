using System.Net;
using System.Text.Json.Nodes;

namespace Dialoogtafels.Api.Tests.Operations;

/// <summary>What <c>GET /health/ready</c> answered: the status code, the overall status and each check's status and description by name.</summary>
public sealed record Readiness(HttpStatusCode Code, string? Status, IReadOnlyDictionary<string, (string? Status, string? Description)> Checks)
{
    /// <summary>Asks <paramref name="api"/>'s host.</summary>
    public static async Task<Readiness> GetAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> api)
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/health/ready");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return new Readiness(response.StatusCode, (string?)body["status"],
            body["checks"]!.AsArray().ToDictionary(c => (string)c!["name"]!, c => ((string?)c!["status"], (string?)c["description"])));
    }
}
