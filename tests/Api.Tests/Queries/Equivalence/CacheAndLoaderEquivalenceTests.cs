using HttpStatusCode = System.Net.HttpStatusCode;
using Authorization = Dialoogtafels.Api.Security.Authorization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;
using Xunit.Abstractions;

namespace Dialoogtafels.Api.Tests.Queries.Equivalence;

/// <summary>The validated-document cache of the HTTP endpoint and the per-field DataLoaders.</summary>
public class CacheAndLoaderEquivalenceTests(ApiFactory api, ITestOutputHelper output) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => EquivalenceData.AddAsync(api.Database);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(HttpStatusCode Status, JsonObject Body)> Send(HttpMethod method, string query, object? variables = null, string? operationName = null, Role? role = null)
    {
        using var client = api.CreateClient();
        HttpRequestMessage request;
        if (method == HttpMethod.Get)
        {
            var url = "/graphql?query=" + Uri.EscapeDataString(query);
            if (variables is not null) url += "&variables=" + Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(variables));
            if (operationName is not null) url += "&operationName=" + Uri.EscapeDataString(operationName);
            request = new HttpRequestMessage(HttpMethod.Get, url);
        }
        else
        {
            request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables, operationName }) };
        }
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (role is { } r) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", api.TokenFor(r));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        output.WriteLine($"{method} {operationName} -> {(int)response.StatusCode} {text[..Math.Min(400, text.Length)]}");
        return (response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }

    private static string? Code(JsonObject body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    [Fact]
    public async Task Cached_document_still_coerces_variables_of_each_request()
    {
        const string query = "query Q($n: Int, $slug: String!) { dialogue(slug: $slug) { ideas(first: $n) { totalCount } } }";
        Assert.Null((await Send(HttpMethod.Post, query, new { n = 2, slug = "trl-a" })).Body["errors"]);
        Assert.Null((await Send(HttpMethod.Post, query, new { n = 2, slug = "trl-a" })).Body["errors"]);
        var wrongType = await Send(HttpMethod.Post, query, new { n = "many", slug = "trl-a" });
        Assert.NotNull(wrongType.Body["errors"]);
        Assert.Null(wrongType.Body["data"]);
        var missing = await Send(HttpMethod.Post, query, new { n = 2 });
        Assert.NotNull(missing.Body["errors"]);
        Assert.Null(missing.Body["data"]);
        var nullForNonNull = await Send(HttpMethod.Post, query, new { n = 2, slug = (string?)null });
        Assert.NotNull(nullForNonNull.Body["errors"]);
        var wrongWhere = await Send(HttpMethod.Post, "query W($w: IdeaFilterInput) { ideas(first: 1, where: $w) { totalCount } }", new { w = new { title = new { eq = "x" } } });
        Assert.Null(wrongWhere.Body["errors"]);
        var badWhere = await Send(HttpMethod.Post, "query W($w: IdeaFilterInput) { ideas(first: 1, where: $w) { totalCount } }", new { w = new { nope = new { eq = "x" } } });
        Assert.NotNull(badWhere.Body["errors"]);
        Assert.Null(badWhere.Body["data"]);
    }

    [Fact]
    public async Task Cached_document_switching_operation_names_runs_each_operations_own_checks()
    {
        const string document = """
            query Public { dialogues(first: 1) { totalCount } }
            query Secret { auditLog(first: 1) { totalCount } }
            mutation Change { createTheme(input: { name: "Trl cache op", slug: "trl-cache-op" }) { theme { id } } }
            """;
        // The authorization rule checks the selected operation only (anonymous "Public" runs although
        // the document also holds "Secret"); the cache must keep each operation's own verdict.
        Assert.Null((await Send(HttpMethod.Post, document, operationName: "Public")).Body["errors"]);
        Assert.Null((await Send(HttpMethod.Post, document, operationName: "Public", role: Role.Admin)).Body["errors"]);
        Assert.Null((await Send(HttpMethod.Post, document, operationName: "Public", role: Role.Admin)).Body["errors"]);
        Assert.Null((await Send(HttpMethod.Post, document, operationName: "Public")).Body["errors"]);
        Assert.Equal(Authorization.NotAuthorized, Code((await Send(HttpMethod.Post, document, operationName: "Secret", role: Role.Editor)).Body));
        Assert.Null((await Send(HttpMethod.Post, document, operationName: "Public", role: Role.Editor)).Body["errors"]);
        Assert.Equal(Authorization.NotAuthenticated, Code((await Send(HttpMethod.Post, document, operationName: "Secret")).Body));
        Assert.Null((await Send(HttpMethod.Post, document, operationName: "Secret", role: Role.Admin)).Body["errors"]);
        Assert.Equal(Authorization.NotAuthenticated, Code((await Send(HttpMethod.Post, document, operationName: "Secret")).Body));
        // no operation name in a document with several: an error, every time
        Assert.NotNull((await Send(HttpMethod.Post, document)).Body["errors"]);
        Assert.NotNull((await Send(HttpMethod.Post, document)).Body["errors"]);
        // the query over GET works, from the cache; the mutation over GET does not
        Assert.Null((await Send(HttpMethod.Get, document, operationName: "Public", role: Role.Admin)).Body["errors"]);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Send(HttpMethod.Get, document, operationName: "Change", role: Role.Admin)).Status);
        Assert.Null((await Send(HttpMethod.Post, document, operationName: "Change", role: Role.Admin)).Body["errors"]);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Send(HttpMethod.Get, document, operationName: "Change", role: Role.Admin)).Status);
        // anonymous mutation from the cache is refused
        Assert.NotNull((await Send(HttpMethod.Post, document, operationName: "Change")).Body["errors"]);
    }

    [Fact]
    public async Task A_document_cached_by_GET_is_not_treated_as_a_GET_when_POSTed_and_vice_versa()
    {
        const string query = "query G { dialogues(first: 1) { totalCount } }";
        Assert.Null((await Send(HttpMethod.Get, query)).Body["errors"]);
        Assert.Null((await Send(HttpMethod.Post, query)).Body["errors"]);
        Assert.Null((await Send(HttpMethod.Get, query)).Body["errors"]);
    }

    [Fact]
    public async Task Role_restricted_filter_field_in_a_cached_document_is_refused_for_anonymous_callers()
    {
        const string query = "query R($w: IdeaFilterInput) { ideas(first: 1, where: $w) { totalCount } }";
        var w = new { reviewRequestedAt = new { eq = (string?)null } };
        Assert.Null((await Send(HttpMethod.Post, query, new { w }, role: Role.Editor)).Body["errors"]);
        var anonymous = await Send(HttpMethod.Post, query, new { w });
        Assert.Equal(Authorization.NotAuthenticated, Code(anonymous.Body));
    }

    [Fact]
    public async Task Failed_validation_is_not_cached_and_a_later_valid_twin_is_not_confused()
    {
        const string bad = "{ dialogues(first: 1) { nope } }";
        Assert.NotNull((await Send(HttpMethod.Post, bad)).Body["errors"]);
        Assert.NotNull((await Send(HttpMethod.Post, bad)).Body["errors"]);
        const string secret = "{ auditLog(first: 1) { totalCount } }";
        Assert.NotNull((await Send(HttpMethod.Post, secret)).Body["errors"]);
        Assert.Null((await Send(HttpMethod.Post, secret, role: Role.Admin)).Body["errors"]);
        Assert.NotNull((await Send(HttpMethod.Post, secret, role: Role.Publisher)).Body["errors"]);
        Assert.NotNull((await Send(HttpMethod.Post, secret)).Body["errors"]);
    }

    [Fact]
    public async Task Execution_errors_do_not_poison_the_cache()
    {
        const string query = "query C($after: String) { ideas(first: 2, after: $after) { nodes { title } } }";
        var bad = await Send(HttpMethod.Post, query, new { after = "not-a-cursor" });
        Assert.NotNull(bad.Body["errors"]);
        var good = await Send(HttpMethod.Post, query, new { after = (string?)null });
        Assert.Null(good.Body["errors"]);
        Assert.Equal(2, good.Body["data"]!["ideas"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Complexity_with_variables_in_fragments_and_introspection()
    {
        const string query = """
            query F($n: Int) { dialogues(first: $n) { ...D } }
            fragment D on DialoguesConnection { nodes { tables(first: $n) { nodes { ideas(first: $n) { nodes { title themes { name } } } } } } }
            """;
        Assert.Null((await Send(HttpMethod.Post, query, new { n = 1 })).Body["errors"]);
        var heavy = await Send(HttpMethod.Post, query, new { n = 50 });
        Assert.NotNull(heavy.Body["errors"]);
        Assert.Null(heavy.Body["data"]);
        const string introspection = "{ __schema { types { name fields { name } } } }";
        Assert.Null((await Send(HttpMethod.Post, introspection)).Body["errors"]);
        Assert.Null((await Send(HttpMethod.Get, introspection)).Body["errors"]);
    }

    // ---- DataLoaderRegistry.ForField ----

    private static string[] Titles(JsonNode? connection) => connection!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task Aliases_with_other_arguments_under_the_same_parents_get_their_own_pages()
    {
        var data = (await api.PostAsync("""
            { dialogues(first: 10, where: { slug: { startsWith: "trl-" } }) { nodes { slug
                a: ideas(first: 1, order: [{ title: ASC }]) { nodes { title } }
                b: ideas(first: 2, order: [{ title: DESC }]) { nodes { title description } }
                c: ideas(first: 5, where: { table: { title: { contains: "noord" } } }) { nodes { title } }
                d: ideas(first: 5, search: "bomen") { nodes { title searchHighlight } } } } }
            """))["data"]!;
        foreach (var node in data["dialogues"]!["nodes"]!.AsArray())
        {
            var slug = node!["slug"]!.GetValue<string>();
            foreach (var (alias, args) in new[] { ("a", "first: 1, order: [{ title: ASC }]"), ("b", "first: 2, order: [{ title: DESC }]"),
                         ("c", "first: 5, where: { table: { title: { contains: \"noord\" } } }"), ("d", "first: 5, search: \"bomen\"") })
            {
                var extra = alias == "c" ? "" : "";
                var root = (await api.PostAsync($$"""
                    { ideas({{args.Replace("where: {", "where: { dialogue: { slug: { eq: \"" + slug + "\" } }, ")}}{{(args.Contains("where") ? "" : ", where: { dialogue: { slug: { eq: \"" + slug + "\" } } }")}}) { nodes { title } } }
                    """))["data"]!["ideas"];
                Assert.Equal(Titles(root), Titles(node[alias]));
            }
            Assert.All(node["b"]!["nodes"]!.AsArray(), n => Assert.NotNull(n!["description"]));
            Assert.All(node["d"]!["nodes"]!.AsArray(), n => Assert.Contains("<mark>", n!["searchHighlight"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task One_fragment_under_different_parents_and_merged_selections()
    {
        var data = (await api.PostAsync("""
            query {
              x: dialogues(first: 10, where: { slug: { startsWith: "trl-" } }) { nodes { slug ...F } }
              y: dialogues(first: 10, where: { slug: { startsWith: "trl-" } }) { nodes { slug ...F ideas(first: 3, order: [{ title: ASC }]) { nodes { description table { title } } } } }
              z: dialogue(slug: "trl-a") { slug ...F }
            }
            fragment F on Dialogue { ideas(first: 3, order: [{ title: ASC }]) { totalCount nodes { title dialogue { slug } } } }
            """))!;
        Assert.True(data["errors"] is null, data.ToJsonString());
        var x = data["data"]!["x"]!["nodes"]!.AsArray();
        var y = data["data"]!["y"]!["nodes"]!.AsArray();
        Assert.Equal(x.Count, y.Count);
        for (var i = 0; i < x.Count; i++)
        {
            var slug = x[i]!["slug"]!.GetValue<string>();
            Assert.Equal(Titles(x[i]!["ideas"]), Titles(y[i]!["ideas"]));
            Assert.All(x[i]!["ideas"]!["nodes"]!.AsArray(), n => Assert.Equal(slug, n!["dialogue"]!["slug"]!.GetValue<string>()));
            Assert.All(y[i]!["ideas"]!["nodes"]!.AsArray(), n =>
            {
                Assert.NotNull(n!["description"]);
                Assert.Equal(slug, n["dialogue"]!["slug"]!.GetValue<string>());
            });
            Assert.Null(x[i]!["ideas"]!["nodes"]!.AsArray().FirstOrDefault()?["description"]);
        }
        Assert.Equal(Titles(x.Single(n => n!["slug"]!.GetValue<string>() == "trl-a")!["ideas"]), Titles(data["data"]!["z"]!["ideas"]));
    }

    [Fact]
    public async Task Nodes_with_mixed_types_and_one_fragment_per_type()
    {
        var lists = (await api.PostAsync("""
            { ideas(first: 3, where: { title: { startsWith: "Trl idee" }, dialogue: { slug: { startsWith: "trl-" } } }) { nodes { id title dialogue { id slug } table { id title } } }
              stories(first: 3, where: { title: { startsWith: "Trl verhaal" } }) { nodes { id title dialogue { id slug } } } }
            """))["data"]!;
        var ideas = lists["ideas"]!["nodes"]!.AsArray();
        var stories = lists["stories"]!["nodes"]!.AsArray();
        var ids = ideas.Select(i => i!["id"]!.GetValue<string>())
            .Concat(stories.Select(s => s!["id"]!.GetValue<string>()))
            .Concat(ideas.Select(i => i!["dialogue"]!["id"]!.GetValue<string>()))
            .Concat(ideas.Where(i => i!["table"] is not null).Select(i => i!["table"]!["id"]!.GetValue<string>()))
            .Distinct().ToArray();
        var response = await api.PostAsync("""
            query($ids: [ID!]!) {
              nodes(ids: $ids) { __typename id
                ... on Idea { title dialogue { slug } }
                ... on Story { title dialogue { slug } }
                ... on Dialogue { slug ideas(first: 2, order: [{ title: DESC }]) { nodes { title } } }
                ... on Table { title dialogue { slug } } }
              again: nodes(ids: $ids) { id ... on Idea { description } ... on Dialogue { title } }
            }
            """, new { ids });
        Assert.True(response["errors"] is null, response.ToJsonString());
        var nodes = response["data"]!["nodes"]!.AsArray();
        var again = response["data"]!["again"]!.AsArray();
        Assert.Equal(ids.Length, nodes.Count);
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(ids[i], nodes[i]!["id"]!.GetValue<string>());
            Assert.Equal(ids[i], again[i]!["id"]!.GetValue<string>());
        }
        foreach (var idea in ideas)
        {
            var n = nodes.Single(x => x!["id"]!.GetValue<string>() == idea!["id"]!.GetValue<string>())!;
            Assert.Equal("Idea", n["__typename"]!.GetValue<string>());
            Assert.Equal(idea!["title"]!.GetValue<string>(), n["title"]!.GetValue<string>());
            Assert.Equal(idea["dialogue"]!["slug"]!.GetValue<string>(), n["dialogue"]!["slug"]!.GetValue<string>());
            Assert.NotNull(again.Single(x => x!["id"]!.GetValue<string>() == idea["id"]!.GetValue<string>())!["description"]);
        }
        foreach (var n in nodes.Where(x => x!["__typename"]!.GetValue<string>() == "Dialogue"))
        {
            var slug = n!["slug"]!.GetValue<string>();
            var root = (await api.PostAsync($$"""{ ideas(first: 2, order: [{ title: DESC }], where: { dialogue: { slug: { eq: "{{slug}}" } } }) { nodes { title } } }"""))["data"]!["ideas"];
            Assert.Equal(Titles(root), Titles(n["ideas"]));
            Assert.NotNull(again.Single(x => x!["id"]!.GetValue<string>() == n["id"]!.GetValue<string>())!["title"]);
        }
    }

    [Fact]
    public async Task The_same_field_with_different_arguments_at_different_depths()
    {
        var response = await api.PostAsync("""
            { dialogue(slug: "trl-a") {
                ideas(first: 2, order: [{ title: ASC }]) { nodes { title
                  dialogue { ideas(first: 1, order: [{ title: DESC }]) { nodes { title dialogue { ideas(first: 3, where: { table: { title: { eq: "Trl tafel noord" } } }) { nodes { title } } } } } } } } } }
            """);
        Assert.True(response["errors"] is null, response.ToJsonString());
        var outer = response["data"]!["dialogue"]!["ideas"]!;
        Assert.Equal(["Trl idee 01", "Trl idee 02"], Titles(outer));
        foreach (var idea in outer["nodes"]!.AsArray())
        {
            var inner = idea!["dialogue"]!["ideas"]!;
            Assert.Equal(["Trl idee 07"], Titles(inner));
            Assert.Equal(["Trl idee 01"], Titles(inner["nodes"]![0]!["dialogue"]!["ideas"]));
        }
    }
}
