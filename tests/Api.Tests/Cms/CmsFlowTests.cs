using System.Text.Json.Nodes;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>The editor's day: create a draft, edit, publish, edit the published item as a draft, publish again.</summary>
public class CmsFlowTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<string> DialogueId()
    {
        var data = await api.DataAsync("{ dialogue(slug: \"verkenningsdialogen-burgers\") { id } }");
        return data["dialogue"]!["id"]!.GetValue<string>();
    }

    private static JsonNode Payload(JsonObject response, string mutation)
    {
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response["data"]![mutation]!;
    }

    [Fact]
    public async Task Drafts_stay_private_until_published_and_published_items_keep_their_public_version()
    {
        var created = Payload(await api.PostAsync("""
            mutation($d: ID!) { createIdea(input: { dialogueId: $d, title: "Buurtmoestuin", description: "Samen tuinieren", source: TABLE, proposedActors: [SOCIETY, SOCIETY] }) {
              idea { id title version status proposedActors } errors { __typename ... on Error { message } } } }
            """, new { d = await DialogueId() }, Role.Editor), "createIdea");
        Assert.Null(created["errors"]);
        var idea = created["idea"]!;
        var id = idea["id"]!.GetValue<string>();
        Assert.Equal("DRAFT", idea["status"]!.GetValue<string>());
        Assert.Equal(1, idea["version"]!.GetValue<int>());
        Assert.Equal(["SOCIETY"], idea["proposedActors"]!.AsArray().Select(a => a!.GetValue<string>()));

        // anonymous: the draft does not exist
        var anonymous = await api.PostAsync($$"""{ node(id: "{{id}}") { id } ideas(where: { title: { eq: "Buurtmoestuin" } }) { totalCount } }""");
        Assert.Null(anonymous["data"]!["node"]);
        Assert.Equal(0, anonymous["data"]!["ideas"]!["totalCount"]!.GetValue<int>());

        // an editor sees it
        var editor = await api.PostAsync($$"""{ node(id: "{{id}}") { ... on Idea { title } } }""", role: Role.Editor);
        Assert.Equal("Buurtmoestuin", editor["data"]!["node"]!["title"]!.GetValue<string>());

        // an editor may not publish: the write path says so
        var denied = Payload(await api.PostAsync($$"""mutation { publishIdea(input: { id: "{{id}}", expectedVersion: 1 }) { idea { id } errors { __typename ... on NotAuthorizedError { requiredRole } } } }""", role: Role.Editor), "publishIdea");
        Assert.Equal("NotAuthorizedError", denied["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("PUBLISHER", denied["errors"]![0]!["requiredRole"]!.GetValue<string>());

        var published = Payload(await api.PostAsync($$"""mutation { publishIdea(input: { id: "{{id}}", expectedVersion: 1 }) { idea { status version } errors { __typename } } }""", role: Role.Publisher), "publishIdea");
        Assert.Equal("PUBLISHED", published["idea"]!["status"]!.GetValue<string>());
        Assert.Equal(2, published["idea"]!["version"]!.GetValue<int>());

        // editing the published idea makes a draft; the public keeps the published title
        var edited = Payload(await api.PostAsync($$"""mutation { updateIdea(input: { id: "{{id}}", expectedVersion: 2, title: "Buurtmoestuin in het park" }) { idea { title version draft { title } } errors { __typename } } }""", role: Role.Editor), "updateIdea");
        Assert.Equal("Buurtmoestuin", edited["idea"]!["title"]!.GetValue<string>());
        Assert.Equal("Buurtmoestuin in het park", edited["idea"]!["draft"]!["title"]!.GetValue<string>());
        var publicView = await api.PostAsync($$"""{ node(id: "{{id}}") { ... on Idea { title } } }""");
        Assert.Equal("Buurtmoestuin", publicView["data"]!["node"]!["title"]!.GetValue<string>());

        Payload(await api.PostAsync($$"""mutation { publishIdea(input: { id: "{{id}}", expectedVersion: 3 }) { idea { title } errors { __typename } } }""", role: Role.Publisher), "publishIdea");
        publicView = await api.PostAsync($$"""{ node(id: "{{id}}") { ... on Idea { title draft { title } } } }""");
        Assert.Contains("errors", publicView.ToJsonString()); // draft is for CMS users only
        publicView = await api.PostAsync($$"""{ node(id: "{{id}}") { ... on Idea { title } } }""");
        Assert.Equal("Buurtmoestuin in het park", publicView["data"]!["node"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Anonymous_callers_cannot_mutate()
    {
        var response = await api.PostAsync("mutation { createTheme(input: { name: \"X\", slug: \"x\" }) { theme { id } } }");
        Assert.Equal(Authorization.NotAuthenticated, response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(response["data"]);
    }
}
