using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>
/// A repeated document skips parsing and validation (ValidatedDocumentCache), but not the checks
/// that depend on the request: complexity (when variables can change it), authorization (for a
/// caller role that has not passed yet) and GET (queries only).
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
    public async Task Complexity_is_checked_again_when_a_directive_variable_includes_more()
    {
        const string query = """
            query Deep($deep: Boolean!) { dialogues(first: 50) { nodes { title tables(first: 50) @include(if: $deep) { nodes { stories(first: 50) { nodes { title } } } } } } }
            """;
        Assert.Null((await api.PostAsync(query, new { deep = false }))["errors"]);
        Assert.Null((await api.PostAsync(query, new { deep = false }))["errors"]);
        var deep = await api.PostAsync(query, new { deep = true });
        Assert.Contains("too complex", deep["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("query Q($id: ID!) { node(id: $id) { id } }", false)]
    [InlineData("query Q($s: String) { ideas(first: 5, where: { title: { contains: $s } }) { nodes { id } } }", false)]
    [InlineData("query Q($s: String) { ideas(first: 5, search: $s) { nodes { id } } }", true)] // a search costs by its terms (QueryCost)
    [InlineData("query Q($n: Int) { ideas(first: $n) { nodes { id } } }", true)]
    [InlineData("query Q($n: Int) { ideas(last: $n) { nodes { id } } }", true)]
    [InlineData("query Q($n: Int) { themes { ideas(first: $n) { nodes { id } } } }", true)]
    [InlineData("query Q($n: Int) { ...F } fragment F on Query { ideas(first: $n) { nodes { id } } }", true)]
    [InlineData("query Q($b: Boolean!) { ideas { nodes { id ... on Idea @skip(if: $b) { title } } } }", true)]
    [InlineData("query Q($b: Boolean!) { ideas { nodes { id } } stories @include(if: $b) { nodes { id } } }", true)]
    [InlineData("query Q($b: Boolean!) { ...F @include(if: $b) } fragment F on Query { ideas { nodes { id } } }", true)]
    [InlineData("query Q { ideas(first: 3) @include(if: true) { nodes { id } } }", false)]
    [InlineData("query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }", true)]
    public void Complexity_depends_on_variables_only_through_paging_arguments_search_and_directives(string query, bool depends) =>
        Assert.Equal(depends, Dialoogtafels.Api.Http.GraphQLRequestLimits.ComplexityDependsOnVariables(GraphQLParser.Parser.Parse(query)));

    [Fact]
    public async Task A_caller_role_that_passed_does_not_let_a_lower_one_through()
    {
        const string query = "{ auditLog(first: 1) { totalCount } }";
        Assert.Null((await api.PostAsync(query, role: Role.Admin))["errors"]);
        Assert.Null((await api.PostAsync(query, role: Role.Admin))["errors"]);
        var editor = await api.PostAsync(query, role: Role.Editor);
        Assert.Equal(Authorization.NotAuthorized, editor["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var anonymous = await api.PostAsync(query);
        Assert.Equal(Authorization.NotAuthenticated, anonymous["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null((await api.PostAsync(query, role: Role.Admin))["errors"]);
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
    public async Task Over_GET_a_cached_document_runs_its_query_and_still_refuses_its_mutation()
    {
        const string document = """query A { __typename } mutation B { createTheme(input: { name: "Get twee", slug: "get-twee" }) { theme { id } } }""";
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", api.TokenFor(Role.Editor));
        string Url(string operation) => "/graphql?operationName=" + operation + "&query=" + Uri.EscapeDataString(document);
        for (var i = 0; i < 3; i++)
        {
            using var query = await client.GetAsync(Url("A"));
            Assert.Equal(System.Net.HttpStatusCode.OK, query.StatusCode);
        }

        for (var i = 0; i < 2; i++)
        {
            using var mutation = await client.GetAsync(Url("B"));
            Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        }
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
