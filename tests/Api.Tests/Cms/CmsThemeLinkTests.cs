using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>
/// Themes at creation (<c>themeIds</c> on <c>create…</c> of ideas, stories and tables: one atomic write)
/// and theme links of published items, which are immediate (not part of the draft) and so need PUBLISHER.
/// </summary>
public class CmsThemeLinkTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    private async Task<string> DialogueIdAsync() =>
        (await Api.DataAsync("{ dialogue(slug: \"verkenningsdialogen-burgers\") { id } }"))["dialogue"]!["id"]!.GetValue<string>();

    private async Task<int> AuditCountAsync(string operation) =>
        (await Api.PostAsync($$"""{ auditLog(where: { operation: { eq: "{{operation}}" } }) { totalCount } }""", role: Role.Admin))["data"]!["auditLog"]!["totalCount"]!.GetValue<int>();

    [Fact]
    public async Task Create_with_themeIds_tags_the_new_item_in_the_same_write()
    {
        var wonen = await CreateThemeAsync("Wonen bij aanmaken", "wonen-bij-aanmaken");
        var zorg = await CreateThemeAsync("Zorg bij aanmaken", "zorg-bij-aanmaken");
        var creates = await AuditCountAsync("create");

        var created = await Mutate("createIdea", $$"""
            mutation($d: ID!) { createIdea(input: { dialogueId: $d, title: "Getagd bij aanmaken", source: ONLINE, themeIds: ["{{wonen}}", "{{zorg}}", "{{wonen}}"] }) {
              idea { id version themes { id } } {{Errors}} } }
            """, new { d = await DialogueIdAsync() });
        Assert.Empty(ErrorTypes(created));
        Assert.Equal(1, created["idea"]!["version"]!.GetValue<int>());
        Assert.Equal(new[] { wonen, zorg }.Order(), created["idea"]!["themes"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()).Order());
        Assert.Equal(creates + 1, await AuditCountAsync("create")); // one audit record for the item and its themes
        var id = created["idea"]!["id"]!.GetValue<string>();
        var audit = await Api.PostAsync($$"""{ auditLog(where: { operation: { eq: "create" }, entityType: { eq: "Idea" } }, last: 1) { nodes { entityId changedFields } } }""", role: Role.Admin);
        var record = audit["data"]!["auditLog"]!["nodes"]![0]!;
        Assert.Equal(id, record["entityId"]!.GetValue<string>());
        Assert.Contains("themes", record["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));

        // stories and tables take themeIds too
        var story = await Mutate("createStory", $$"""
            mutation($d: ID!) { createStory(input: { dialogueId: $d, title: "Verhaal met thema", kind: OPPORTUNITY, themeIds: ["{{zorg}}"] }) { story { themes { id } } {{Errors}} } }
            """, new { d = await DialogueIdAsync() });
        Assert.Empty(ErrorTypes(story));
        Assert.Equal([zorg], story["story"]!["themes"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Create_with_an_unknown_theme_writes_nothing_and_names_the_input_path()
    {
        var wonen = await CreateThemeAsync("Wonen onbekend", "wonen-onbekend");
        var creates = await AuditCountAsync("create");
        var failed = await Mutate("createIdea", $$"""
            mutation($d: ID!) { createIdea(input: { dialogueId: $d, title: "Nooit aangemaakt", source: ONLINE, themeIds: ["{{wonen}}", "VGhlbWU6OTk5OTk5", "geen-id"] }) {
              idea { id } {{Errors}} } }
            """, new { d = await DialogueIdAsync() });
        Assert.Null(failed["idea"]);
        Assert.Equal(["ValidationError", "ValidationError"], ErrorTypes(failed));
        Assert.Equal(["input", "themeIds", "1"], failed["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(["input", "themeIds", "2"], failed["errors"]![1]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(creates, await AuditCountAsync("create"));
        var found = await Api.PostAsync("""{ ideas(where: { title: { eq: "Nooit aangemaakt" } }) { totalCount } }""", role: Role.Editor);
        Assert.Equal(0, found["data"]!["ideas"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Theme_links_of_a_published_item_are_immediate_and_need_a_publisher()
    {
        var theme = await CreateThemeAsync("Direct zichtbaar", "direct-zichtbaar");
        Assert.Empty(ErrorTypes(await Mutate("publishTheme", $$"""mutation { publishTheme(input: { id: "{{theme}}", expectedVersion: 1 }) { theme { id } {{Errors}} } }""", role: Role.Publisher)));
        var id = await CreateIdeaAsync("Gepubliceerd en getagd");
        var published = await Mutate("publishIdea", $$"""mutation { publishIdea(input: { id: "{{id}}", expectedVersion: 1 }) { idea { id } {{Errors}} } }""", role: Role.Publisher);
        Assert.Empty(ErrorTypes(published));
        const string publicQuery = """{ node(id: "ID") { ... on Idea { version themes { id } } } }""";
        var before = (await Api.DataAsync(publicQuery.Replace("ID", id)))["node"]!;
        Assert.Empty(before["themes"]!.AsArray());

        var denied = await Mutate("assignThemes", $$"""mutation { assignThemes(input: { id: "{{id}}", themeIds: ["{{theme}}"] }) { node { id } {{Errors}} } }""", role: Role.Editor);
        Assert.Equal(["NotAuthorizedError"], ErrorTypes(denied));

        var assigned = await Mutate("assignThemes", $$"""mutation { assignThemes(input: { id: "{{id}}", themeIds: ["{{theme}}"] }) { node { id } {{Errors}} } }""", role: Role.Publisher);
        Assert.Empty(ErrorTypes(assigned));
        // not a draft: the public sees the theme at once, with a new public version
        var after = (await Api.DataAsync(publicQuery.Replace("ID", id)))["node"]!;
        Assert.Equal([theme], after["themes"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
        Assert.Equal(before["version"]!.GetValue<int>() + 1, after["version"]!.GetValue<int>());
    }
}
