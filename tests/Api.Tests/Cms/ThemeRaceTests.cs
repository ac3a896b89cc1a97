using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>
/// Theme management that loses a race answers with a payload error, never an unexpected one (found by a newcomer:
/// parallel <c>addThemeAlias</c> of one label hit the unique index, parallel <c>mergeThemes</c> a concurrency exception).
/// </summary>
public class ThemeRaceTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Parallel_aliases_of_one_label_give_one_alias_and_validation_errors()
    {
        var theme = await CreateThemeAsync("Racethema", "race-thema");
        const string add = "mutation($t: ID!) { addThemeAlias(input: { themeId: $t, label: \"race-alias\" }) { theme { aliases } " + Errors + " } }";

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Api.PostAsync(add, new { t = theme }, Role.Publisher)));

        Assert.All(responses, r => Assert.True(r["errors"] is null, r.ToJsonString()));
        var payloads = responses.Select(r => r["data"]!["addThemeAlias"]!).ToList();
        Assert.Single(payloads, p => ErrorTypes(p).Length == 0);
        Assert.All(payloads.Where(p => ErrorTypes(p).Length > 0), p => Assert.Contains(ErrorTypes(p).Single(), new[] { "ValidationError", "ConcurrencyError" }));
    }

    [Fact]
    public async Task Parallel_merges_of_one_theme_give_one_merge_and_payload_errors()
    {
        var source = await CreateThemeAsync("Samen", "race-samen");
        var targets = new[] { await CreateThemeAsync("Doel een", "race-doel-een"), await CreateThemeAsync("Doel twee", "race-doel-twee") };
        const string merge = "mutation($s: ID!, $t: ID!) { mergeThemes(input: { sourceId: $s, targetId: $t }) { theme { id } " + Errors + " } }";

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Api.PostAsync(merge, new { s = source, t = targets[i % 2] }, Role.Publisher)));

        Assert.All(responses, r => Assert.True(r["errors"] is null, r.ToJsonString()));
        var payloads = responses.Select(r => r["data"]!["mergeThemes"]!).ToList();
        Assert.Single(payloads, p => ErrorTypes(p).Length == 0);
    }
}
