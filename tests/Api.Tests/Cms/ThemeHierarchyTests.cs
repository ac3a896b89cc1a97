using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>
/// The theme hierarchy stays a tree (found by a newcomer: a theme could be its own parent or its child's child,
/// and <c>mergeThemes</c> then walked the cycle until the request timed out).
/// </summary>
public class ThemeHierarchyTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    private const string Update = "mutation($id: ID!, $v: Int!, $p: ID) { updateTheme(input: { id: $id, expectedVersion: $v, parentId: $p }) { theme { version parent { id } } errors { __typename ... on ValidationError { path message } } } }";

    [Fact]
    public async Task A_theme_may_not_become_its_own_parent_or_its_descendants_child()
    {
        var parent = await CreateThemeAsync("Boven", "hierarchie-boven");
        var child = await CreateThemeAsync("Onder", "hierarchie-onder");
        var grandchild = await CreateThemeAsync("Onderste", "hierarchie-onderste");
        await SetParentAsync(child, 1, parent);
        await SetParentAsync(grandchild, 1, child);

        foreach (var newParent in new[] { parent, child, grandchild })
        {
            var payload = await Mutate("updateTheme", Update, new { id = parent, v = 1, p = newParent }, Role.Publisher);
            Assert.True(payload["theme"] is null, payload.ToJsonString());
            var error = Assert.Single(payload["errors"]!.AsArray())!;
            Assert.Equal("ValidationError", (string?)error["__typename"]);
            Assert.Equal("`parentId` may not be the theme itself or one of its descendants.", (string?)error["message"]);
        }

        var unchanged = (await Api.PostAsync("query($id: ID!) { node(id: $id) { ... on Theme { version parent { id } } } }", new { id = parent }, Role.Publisher))["data"]!;
        Assert.Equal(1, unchanged["node"]!["version"]!.GetValue<int>());
        Assert.Null(unchanged["node"]!["parent"]);
    }

    private async Task SetParentAsync(string theme, int version, string parent)
    {
        var payload = await Mutate("updateTheme", Update, new { id = theme, v = version, p = parent }, Role.Publisher);
        Assert.Empty(ErrorTypes(payload));
    }
}
