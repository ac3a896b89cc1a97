using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>
/// A repeated document skips parsing and validation (ValidatedDocumentCache), but not the checks
/// that depend on the request: complexity (variables), authorization (the caller) and GET (queries only).
/// </summary>
public class DocumentCacheTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Complexity_is_checked_again_with_the_variables_of_each_request()
    {
        const string query = """
            query Deep($n: Int) { dialogues(first: $n) { nodes { tables(first: $n) { nodes { stories(first: $n) { nodes { title } } } } } } }
            """;
        Assert.Null((await api.PostAsync(query, new { n = 2 }))["errors"]);
        Assert.Null((await api.PostAsync(query, new { n = 2 }))["errors"]);
        var deep = await api.PostAsync(query, new { n = 50 });
        Assert.Contains("too complex", deep["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Authorization_is_checked_again_for_each_caller()
    {
        const string query = "{ auditLog(first: 1) { totalCount } }";
        Assert.Null((await api.PostAsync(query, role: Role.Admin))["errors"]);
        var anonymous = await api.PostAsync(query);
        Assert.Equal(Authorization.NotAuthenticated, anonymous["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var editor = await api.PostAsync(query, role: Role.Editor);
        Assert.Equal(Authorization.NotAuthorized, editor["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mutation_cached_from_a_POST_is_still_refused_over_GET()
    {
        const string mutation = """mutation { createTheme(input: { name: "Cache", slug: "cache-get" }) { theme { id } } }""";
        Assert.Null((await api.PostAsync(mutation, role: Role.Editor))["errors"]);
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", api.TokenFor(Role.Editor));
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(mutation));
        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
