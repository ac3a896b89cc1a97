using System.Text.Json.Nodes;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>Helpers for CMS tests: run mutations as a role and read their payloads.</summary>
public abstract class CmsTestBase(ApiFactory api)
{
    protected ApiFactory Api => api;

    /// <summary>Runs a mutation as <paramref name="role"/>; asserts there are no top-level errors and returns the payload.</summary>
    protected async Task<JsonNode> Mutate(string mutation, string document, object? variables = null, Role role = Role.Editor, string actor = "tester")
    {
        var response = await api.PostAsync(document, variables, role, actor);
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response["data"]![mutation]!;
    }

    /// <summary>The <c>__typename</c>s of a payload's errors; empty when it succeeded.</summary>
    protected static string[] ErrorTypes(JsonNode payload) =>
        payload["errors"] is JsonArray errors ? errors.Select(e => e!["__typename"]!.GetValue<string>()).ToArray() : [];

    /// <summary>Creates a draft idea in the seeded exploratory dialogue and returns its id.</summary>
    protected async Task<string> CreateIdeaAsync(string title, Role role = Role.Editor)
    {
        var dialogue = (await api.DataAsync("{ dialogue(slug: \"verkenningsdialogen-burgers\") { id } }"))["dialogue"]!["id"]!.GetValue<string>();
        var payload = await Mutate("createIdea", """
            mutation($d: ID!, $t: String!) { createIdea(input: { dialogueId: $d, title: $t, source: ONLINE }) { idea { id } errors { __typename } } }
            """, new { d = dialogue, t = title }, role);
        Assert.Empty(ErrorTypes(payload));
        return payload["idea"]!["id"]!.GetValue<string>();
    }

    /// <summary>Creates a theme (as a publisher) and returns its id.</summary>
    protected async Task<string> CreateThemeAsync(string name, string slug)
    {
        var payload = await Mutate("createTheme", """
            mutation($n: String!, $s: String!) { createTheme(input: { name: $n, slug: $s }) { theme { id } errors { __typename } } }
            """, new { n = name, s = slug }, Role.Publisher);
        Assert.Empty(ErrorTypes(payload));
        return payload["theme"]!["id"]!.GetValue<string>();
    }

    protected const string Errors = "errors { __typename ... on Error { message } ... on ValidationError { path } ... on ConcurrencyError { currentVersion } ... on NotAuthorizedError { requiredRole } ... on NotFoundError { id } }";
}
