using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>Per role: what it may and may not do; and anonymous callers never see that a draft exists.</summary>
public class CmsVisibilityTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Anonymous_callers_see_no_draft_anywhere()
    {
        var idea = await CreateIdeaAsync("Geheim fietsplan");
        var theme = (await Api.DataAsync("{ themes(first: 1, where: { slug: { eq: \"gezondheid\" } }) { nodes { id } } }"))["themes"]!["nodes"]![0]!["id"]!.GetValue<string>();
        await Mutate("assignThemes", $$"""mutation { assignThemes(input: { id: "{{idea}}", themeIds: ["{{theme}}"] }) { {{Errors}} } }""");
        var story = (await Api.DataAsync("{ stories(first: 1) { nodes { id } } }"))["stories"]!["nodes"]![0]!["id"]!.GetValue<string>();
        await Mutate("linkIdeaToStory", $$"""mutation { linkIdeaToStory(input: { ideaId: "{{idea}}", storyId: "{{story}}" }) { {{Errors}} } }""");

        const string everywhere = """
            query($idea: ID!, $story: ID!, $theme: ID!) {
              ideas(first: 50, where: { title: { contains: "fietsplan" } }) { totalCount nodes { title } }
              search: ideas(search: "fietsplan") { totalCount nodes { title } }
              all: ideas(first: 50) { totalCount }
              node(id: $idea) { id }
              nodes(ids: [$idea]) { id }
              story: node(id: $story) { ... on Story { ideas { totalCount nodes { title } } } }
              theme: node(id: $theme) { ... on Theme { ideas(first: 50) { totalCount nodes { title } } } }
              dialogue(slug: "verkenningsdialogen-burgers") { ideas(first: 50) { totalCount nodes { title } } }
            }
            """;
        var variables = new { idea, story, theme };
        var anonymous = await Api.PostAsync(everywhere, variables);
        var editor = await Api.PostAsync(everywhere, variables, Role.Editor);
        Assert.DoesNotContain("Geheim", anonymous.ToJsonString());
        Assert.Null(anonymous["data"]!["node"]);
        Assert.Contains("Geheim", editor["data"]!["search"]!.ToJsonString());
        Assert.Contains("Geheim", editor["data"]!["story"]!.ToJsonString());
        Assert.Contains("Geheim", editor["data"]!["theme"]!.ToJsonString());
        Assert.Equal(
            anonymous["data"]!["all"]!["totalCount"]!.GetValue<int>() + 1,
            editor["data"]!["all"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(null, "AUTH_NOT_AUTHENTICATED")]
    [InlineData(Role.Editor, "AUTH_NOT_AUTHORIZED")]
    [InlineData(Role.Publisher, "AUTH_NOT_AUTHORIZED")]
    [InlineData(Role.Admin, null)]
    public async Task Only_admins_read_the_audit_trail(Role? role, string? code)
    {
        var response = await Api.PostAsync("{ auditLog(first: 5, order: [{ at: DESC }]) { totalCount nodes { actor role operation entityType changedFields } } }", role: role);
        if (code is null) Assert.Null(response["errors"]);
        else Assert.Equal(code, response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    /// <summary>
    /// Regression: the authorization rule checked every operation of the document, so a reader who
    /// selected the query of a document that also holds a mutation was refused for the mutation,
    /// which does not run (GraphQL spec §6.1). Only the selected operation, and its fragments, count.
    /// </summary>
    [Fact]
    public async Task Only_the_selected_operation_is_authorized()
    {
        const string document = """
            query Read { ideas(first: 1) { totalCount ...Titles } }
            mutation Write { createTheme(input: { name: "Niet", slug: "niet-uitgevoerd" }) { theme { id } } }
            fragment Titles on IdeasConnection { nodes { title } }
            """;
        var read = await Api.PostAsync(document, operationName: "Read");
        Assert.Null(read["errors"]);
        Assert.True(read["data"]!["ideas"]!["totalCount"]!.GetValue<int>() > 0);

        var write = await Api.PostAsync(document, operationName: "Write");
        Assert.Equal("AUTH_NOT_AUTHENTICATED", write["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // A fragment the selected operation uses is checked like the operation itself.
        var spread = await Api.PostAsync("""
            query Read { ideas(first: 1) { nodes { ...Revisions } } }
            fragment Revisions on Idea { revisions { number } }
            """, operationName: "Read");
        Assert.Equal("AUTH_NOT_AUTHENTICATED", spread["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Drafts_and_revisions_fields_are_for_CMS_users_only()
    {
        var response = await Api.PostAsync("{ ideas(first: 1) { nodes { revisions { number } } } }");
        Assert.Equal("AUTH_NOT_AUTHENTICATED", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task Publishers_manage_themes_and_editors_do_not()
    {
        var byEditor = await Mutate("createTheme", $$"""mutation { createTheme(input: { name: "Wonen", slug: "wonen-test" }) { theme { id } {{Errors}} } }""");
        Assert.Equal(["NotAuthorizedError"], ErrorTypes(byEditor));
        var byPublisher = await Mutate("createTheme", $$"""mutation { createTheme(input: { name: "Wonen", slug: "wonen-test" }) { theme { id status } {{Errors}} } }""", role: Role.Publisher);
        Assert.Equal("DRAFT", byPublisher["theme"]!["status"]!.GetValue<string>());
    }
}
