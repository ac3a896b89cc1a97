using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>
/// Theme filters read the key arrays the database keeps (Persistence KeyArrays): assigning,
/// unassigning and merging themes show in <c>themes: { some/none/all }</c> at once.
/// </summary>
public class ThemeFilterSyncTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Theme_filters_follow_assignments_removals_and_merges()
    {
        var bomen = await CreateThemeAsync("Bomen", "sync-bomen");
        var struiken = await CreateThemeAsync("Struiken", "sync-struiken");
        var idea = await CreateIdeaAsync("Boomspiegels adopteren");

        async Task<int> Count(string themes) =>
            (await Api.PostAsync($$"""{ ideas(where: { title: { eq: "Boomspiegels adopteren" }, themes: { {{themes}} } }) { totalCount } }""", role: Role.Editor))
                ["data"]!["ideas"]!["totalCount"]!.GetValue<int>();

        Assert.Equal(0, await Count("some: { slug: { startsWith: \"sync-\" } }"));
        Assert.Equal(1, await Count("any: false"));

        await Mutate("assignThemes", $$"""mutation { assignThemes(input: { id: "{{idea}}", themeIds: ["{{bomen}}", "{{struiken}}"] }) { {{Errors}} } }""");
        Assert.Equal(1, await Count("some: { slug: { eq: \"sync-bomen\" } }"));
        Assert.Equal(1, await Count("all: { slug: { startsWith: \"sync-\" } }"));
        Assert.Equal(0, await Count("none: { slug: { eq: \"sync-struiken\" } }"));

        await Mutate("unassignThemes", $$"""mutation { unassignThemes(input: { id: "{{idea}}", themeIds: ["{{bomen}}"] }) { {{Errors}} } }""");
        Assert.Equal(0, await Count("some: { slug: { eq: \"sync-bomen\" } }"));
        Assert.Equal(1, await Count("some: { slug: { eq: \"sync-struiken\" } }"));

        var merged = await Mutate("mergeThemes", $$"""mutation { mergeThemes(input: { sourceId: "{{struiken}}", targetId: "{{bomen}}" }) { {{Errors}} } }""", role: Role.Publisher);
        Assert.Empty(ErrorTypes(merged));
        Assert.Equal(1, await Count("some: { slug: { eq: \"sync-bomen\" } }"));
        Assert.Equal(0, await Count("some: { slug: { eq: \"sync-struiken\" } }")); // merged away: no longer visible

        await using var db = Api.Database.CreateContext();
        // The invariant behind it, over every row of the database: the arrays equal the join rows.
        var drift = await KeyArrayDrift.CountAsync(db);
        Assert.Equal([0, 0], drift);
    }
}
