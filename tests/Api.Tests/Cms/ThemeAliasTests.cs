using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>Editors change the mapping of raw labels onto themes.</summary>
public class ThemeAliasTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Publishers_add_and_remove_aliases_which_are_unique_regardless_of_case()
    {
        var theme = (await Api.DataAsync("{ themes(first: 1, where: { slug: { eq: \"natuur-en-milieu\" } }) { nodes { id } } }"))["themes"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var added = await Mutate("addThemeAlias", $$"""mutation { addThemeAlias(input: { themeId: "{{theme}}", label: "Meer groen" }) { theme { aliases } {{Errors}} } }""", role: Role.Publisher);
        Assert.Equal(["Meer groen"], added["theme"]!["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        var duplicate = await Mutate("addThemeAlias", $$"""mutation { addThemeAlias(input: { themeId: "{{theme}}", label: "MEER GROEN" }) { {{Errors}} } }""", role: Role.Publisher);
        Assert.Equal(["ValidationError"], ErrorTypes(duplicate));
        var byEditor = await Mutate("addThemeAlias", $$"""mutation { addThemeAlias(input: { themeId: "{{theme}}", label: "Groenvoorziening" }) { {{Errors}} } }""");
        Assert.Equal(["NotAuthorizedError"], ErrorTypes(byEditor));
        var removed = await Mutate("removeThemeAlias", $$"""mutation { removeThemeAlias(input: { themeId: "{{theme}}", label: "meer groen" }) { theme { aliases } {{Errors}} } }""", role: Role.Publisher);
        Assert.Empty(removed["theme"]!["aliases"]!.AsArray());
    }
}
