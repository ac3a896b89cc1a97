using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>Requests to <c>/graphql</c> and reading their GraphQL responses.</summary>
internal static class GraphQLHttp
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static Task<HttpResponseMessage> PostAsync(
        this HttpClient client, object body, string? accept = GraphQLResponse) =>
        client.PostRawAsync(JsonSerializer.Serialize(body), "application/json", accept);

    public static Task<HttpResponseMessage> PostRawAsync(
        this HttpClient client, string body, string? contentType, string? accept = GraphQLResponse)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body) };
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string pathAndQuery, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return client.SendAsync(request);
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Asserts the status code, showing the body when it differs.</summary>
    public static async Task AssertStatusAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
            Assert.Fail($"Expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    /// <summary>The <c>extensions.code</c> of the first error.</summary>
    public static string? FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    public static string FirstErrorMessage(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public static string Query(string query) => "/graphql?query=" + Uri.EscapeDataString(query);
}
