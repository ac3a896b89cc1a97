using Dialoogtafels.Api.Data;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Hardening;

/// <summary>Bugs found by trying to break the running API; each test failed before its fix.</summary>
public class HardeningTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<(HttpStatusCode Status, JsonObject? Body, HttpResponseMessage Response)> PostAsync(HttpContent content, string? bearer = null)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 ? JsonNode.Parse(text)?.AsObject() : null, response);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Code(JsonObject? body) => body!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    [Fact]
    public async Task Fragments_that_expand_exponentially_are_refused_at_once()
    {
        var fragments = new StringBuilder("fragment F0 on Query { __typename } ");
        for (var i = 1; i < 40; i++) fragments.Append($"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }} ");
        var query = "{ ...F39 } " + fragments;
        var watch = Stopwatch.StartNew();
        var (status, body, _) = await PostAsync(Json(new JsonObject { ["query"] = query }.ToJsonString()));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("DOCUMENT_TOO_LARGE", Code(body));
        Assert.Null(body!["data"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task An_empty_operation_name_does_not_skip_the_document_size_guard(string? operationName)
    {
        // 2^13 __typename selections once expanded, from a body of about 1 KB; introspection costs
        // nothing in the complexity analysis. With "operationName": "" the guard selected no operation
        // while GraphQL.NET ran the only one (found by a tester: 25 levels took 12.7 s).
        var fragments = new StringBuilder("fragment F0 on Query { __typename }\n");
        for (var i = 1; i <= 13; i++) fragments.Append($"fragment F{i} on Query {{ ...F{i - 1} a{i}: __typename ...F{i - 1} }}\n");
        var request = new JsonObject { ["query"] = "query { ...F13 }\n" + fragments, ["operationName"] = operationName };
        var (status, body, _) = await PostAsync(Json(request.ToJsonString()));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("DOCUMENT_TOO_LARGE", Code(body));
    }

    [Fact]
    public async Task Nodes_by_ids_cost_one_item_per_id()
    {
        // `nodes(ids:)` takes up to 50 ids, but was priced as a plain list of 5 (found by a tester):
        // three levels below it ran where the same levels below `dialogues(first: 50)` were refused.
        const string query = """
            query N($ids: [ID!]!) { nodes(ids: $ids) { ... on Dialogue { tables(first: 50) { nodes { stories(first: 50) { nodes { title } } } } } } }
            """;
        string Body(int count) => new JsonObject
        {
            ["query"] = query,
            ["variables"] = new JsonObject { ["ids"] = new JsonArray(Enumerable.Range(1, count).Select(i => (JsonNode)GlobalId.Encode("Dialogue", i)).ToArray()) },
        }.ToJsonString();

        var (few, fewBody, _) = await PostAsync(Json(Body(1)));
        Assert.Equal(HttpStatusCode.OK, few);
        Assert.Null(fewBody!["errors"]);
        var (many, manyBody, _) = await PostAsync(Json(Body(50)));
        Assert.Equal(HttpStatusCode.BadRequest, many);
        Assert.Contains("too complex", manyBody!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task A_document_nested_deeper_than_the_parser_follows_is_a_coded_400(string accept)
    {
        // Found by a tester: GraphQL.NET's executor does not code the parser's depth exception, so
        // 60 nested `parent { }` levels answered "Unexpected Execution Error" (500 under graphql-response+json).
        var query = "{ themes(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("parent { ", 60)) + "name" + new string('}', 60) + " } } }";
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(new JsonObject { ["query"] = query }.ToJsonString()) };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(accept == "application/json" ? HttpStatusCode.OK : HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("DOCUMENT_TOO_DEEP", Code(body));
    }

    [Fact]
    public async Task An_operation_type_the_schema_lacks_is_a_400_not_a_500()
    {
        var (status, body, _) = await PostAsync(Json("""{"query":"subscription { ideas { totalCount } }"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("OPERATION_NOT_SUPPORTED", Code(body));
    }

    [Theory]
    [InlineData("""{"query":"query($s: String!) { dialogue(slug: $s) { title } }","variables":{"s":"a\u0000b"}}""")]
    [InlineData("""{"query":"{ dialogue(slug: \"\\uD800\") { title } }"}""")]
    [InlineData("""{"query":"query($s: String!) { dialogue(slug: $s) { title } }","variables":{"s":"\ud800"}}""")]
    public async Task Text_that_PostgreSQL_cannot_store_is_a_400(string json)
    {
        var (status, body, _) = await PostAsync(Json(json));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]);
        Assert.DoesNotContain("GraphQL.Inputs", body.ToJsonString());
    }

    [Fact]
    public async Task A_body_that_is_not_UTF8_is_a_400()
    {
        var bytes = new ByteArrayContent([0x7B, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D]);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var (status, body, _) = await PostAsync(bytes);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]);
    }

    [Fact]
    public async Task Only_canonical_global_ids_resolve()
    {
        var canonical = GlobalId.Encode("Dialogue", 1);
        var padded = Convert.ToBase64String(Encoding.UTF8.GetBytes("Dialogue:01"));
        var data = await api.DataAsync($$"""{ a: node(id: "{{canonical}}") { id } b: node(id: "{{padded}}") { id } c: node(id: "{{canonical}}\n") { id } }""");
        Assert.NotNull(data["a"]);
        Assert.Null(data["b"]);
        Assert.Null(data["c"]);
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_rejected()
    {
        var cursor = (await api.DataAsync("{ themes(first: 1) { pageInfo { endCursor } } }"))["themes"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var response = await api.ExecuteAsync($$"""{ ideas(after: "{{cursor}}") { totalCount } }""");
        Assert.Equal("PAGING_INVALID_CURSOR", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Browsers_on_other_sites_may_call_the_API()
    {
        using var client = api.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://www.rijksoverheid.nl");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        var response = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task An_invalid_bearer_token_is_a_401_not_an_anonymous_request()
    {
        var (status, body, response) = await PostAsync(Json("""{"query":"{ __typename }"}"""), bearer: "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("AUTH_INVALID_TOKEN", Code(body));
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }
}
