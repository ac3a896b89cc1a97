using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>
/// <c>assignThemes</c> reads its themes in one statement, whatever their number (found by a newcomer: one query per
/// theme id, so 3,000 ids took 3 s), and still names each unknown id at its own input path.
/// </summary>
public class ThemeAssignmentBatchTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Many_themes_are_read_in_one_statement_and_unknown_ones_are_named_by_position()
    {
        var idea = await CreateIdeaAsync("Veel thema's");
        var themes = new List<string>();
        for (var i = 0; i < 12; i++) themes.Add(await CreateThemeAsync($"Batch {i}", $"batch-thema-{i}"));
        const string assign = "mutation($id: ID!, $t: [ID!]!) { assignThemes(input: { id: $id, themeIds: $t }) { node { ... on Idea { themes { name } } } " + Errors + " } }";

        await Api.PostAsync("{ __typename }"); // the host is warm
        using (var counter = new SqlStatementCounter(Api.Database.Name))
        {
            var payload = await Mutate("assignThemes", assign, new { id = idea, t = themes }, Role.Editor);
            Assert.Empty(ErrorTypes(payload));
            Assert.Equal(12, payload["node"]!["themes"]!.AsArray().Count);
            var themeReads = counter.Statements.Count(s => s.Contains("FROM themes", StringComparison.Ordinal) && !s.Contains("INSERT", StringComparison.Ordinal));
            // the item's current links, the 12 targets (one statement), and the payload's themes
            Assert.True(themeReads <= 3, $"{themeReads} statements read themes:\n{string.Join("\n---\n", counter.Statements)}");
        }

        var unknown = await Mutate("assignThemes", assign, new { id = idea, t = new[] { themes[0], "VGhlbWU6OTk5OTk5", "bm9wZQ==" } }, Role.Editor);
        Assert.Equal(["input.themeIds.1", "input.themeIds.2"],
            unknown["errors"]!.AsArray().Select(e => string.Join('.', e!["path"]!.AsArray().Select(p => (string?)p))));
    }
}
