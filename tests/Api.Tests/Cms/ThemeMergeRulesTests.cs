using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>mergeThemes refuses merges that would hide links from the public or turn the hierarchy upside down.</summary>
public class ThemeMergeRulesTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    private async Task<string> ThemeId(string slug) =>
        (await Api.PostAsync($$"""{ themes(first: 1, where: { slug: { eq: "{{slug}}" } }) { nodes { id } } }""", role: Role.Editor))["data"]!["themes"]!["nodes"]![0]!["id"]!.GetValue<string>();

    [Fact]
    public async Task A_published_theme_does_not_merge_into_a_draft_or_into_its_own_descendant()
    {
        var draft = (await Mutate("createTheme", $$"""mutation { createTheme(input: { name: "Concept", slug: "concept-merge" }) { theme { id } {{Errors}} } }""", role: Role.Publisher))["theme"]!["id"]!.GetValue<string>();
        var health = await ThemeId("gezondheid");
        var intoDraft = await Mutate("mergeThemes", $$"""mutation { mergeThemes(input: { sourceId: "{{health}}", targetId: "{{draft}}" }) { {{Errors}} } }""", role: Role.Publisher);
        Assert.Equal(["ValidationError"], ErrorTypes(intoDraft));

        var parent = await ThemeId("gezonde-mensen-in-een-groene-leefomgeving");
        var intoChild = await Mutate("mergeThemes", $$"""mutation { mergeThemes(input: { sourceId: "{{parent}}", targetId: "{{health}}" }) { {{Errors}} } }""", role: Role.Publisher);
        Assert.Equal(["ValidationError"], ErrorTypes(intoChild));
        Assert.NotNull((await Api.PostAsync($$"""{ node(id: "{{parent}}") { id } }"""))["data"]!["node"]);
    }
}

/// <summary>Link writes without an expected version are not refused for losing a race.</summary>
public class RelationRaceTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Concurrent_theme_assignments_without_a_version_all_land()
    {
        var idea = await CreateIdeaAsync("Veel thema's tegelijk");
        var themes = (await Api.DataAsync("{ themes(first: 6) { nodes { id } } }"))["themes"]!["nodes"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()).ToArray();
        var results = await Task.WhenAll(themes.Select(theme => Mutate("assignThemes",
            $$"""mutation { assignThemes(input: { id: "{{idea}}", themeIds: ["{{theme}}"] }) { {{Errors}} } }""")));
        Assert.All(results, r => Assert.Empty(ErrorTypes(r)));
        var assigned = await Api.PostAsync($$"""{ node(id: "{{idea}}") { ... on Idea { themes { id } } } }""", role: Role.Editor);
        Assert.Equal(themes.Length, assigned["data"]!["node"]!["themes"]!.AsArray().Count);
    }
}
