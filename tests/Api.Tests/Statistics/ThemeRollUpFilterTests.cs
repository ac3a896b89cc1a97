using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Testing;

namespace Dialoogtafels.Api.Tests.Statistics;

/// <summary>
/// <c>themesWithAncestors</c>: a theme filter that matches items tagged with the theme or any theme
/// below it counts what <c>ideaStatistics(by: [THEME])</c> / <c>storyStatistics(by: [THEME])</c> give
/// for that theme, for anonymous callers and CMS users; neither matches through a theme the caller
/// cannot see (a draft tag, or a draft theme between the tag and the ancestor).
/// </summary>
public class ThemeRollUpFilterTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private const string Dialogue = "rollup";

    public Task InitializeAsync() => AddAsync(api.Database);

    public Task DisposeAsync() => Task.CompletedTask;

    // Ouder › Kind › Kleinkind, Ouder › Concept tussen (draft) › Achter concept, Kind › Concept blad (draft).
    // Per type, published: one item tagged Ouder, Kind, Kleinkind, Kleinkind and Kind, Achter concept,
    // Concept blad, none; plus a draft item tagged Kleinkind. Anonymous: 4 under Ouder; CMS: 7.
    private static async Task AddAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        if (db.Dialogues.Any(d => d.Slug == Dialogue)) return;
        var ouder = Theme("rollup-ouder", "Rollup ouder", null);
        var kind = Theme("rollup-kind", "Rollup kind", ouder);
        var kleinkind = Theme("rollup-kleinkind", "Rollup kleinkind", kind);
        var tussen = Theme("rollup-concept-tussen", "Rollup concept tussen", ouder, PublicationStatus.Draft);
        var achter = Theme("rollup-achter-concept", "Rollup achter concept", tussen);
        var blad = Theme("rollup-concept-blad", "Rollup concept blad", kind, PublicationStatus.Draft);
        var dialogue = new Dialogue { Slug = Dialogue, Title = "Rollup dialoog", Track = DialogueTrack.Citizens, Status = PublicationStatus.Published };
        Theme[][] tags = [[ouder], [kind], [kleinkind], [kleinkind, kind], [achter], [blad], []];
        for (var i = 0; i < tags.Length; i++)
        {
            db.Add(new Idea { Dialogue = dialogue, Title = $"Rollup idee {i}", Themes = [.. tags[i]], Status = PublicationStatus.Published });
            db.Add(new Story { Dialogue = dialogue, Title = $"Rollup verhaal {i}", Kind = StoryKind.Concern, Themes = [.. tags[i]], Status = PublicationStatus.Published });
        }

        db.Add(new Idea { Dialogue = dialogue, Title = "Rollup concept-idee", Themes = [kleinkind] });
        db.Add(new Story { Dialogue = dialogue, Title = "Rollup concept-verhaal", Kind = StoryKind.Concern, Themes = [kleinkind] });
        await db.SaveChangesAsync();
        return;

        static Theme Theme(string slug, string name, Theme? parent, PublicationStatus status = PublicationStatus.Published) =>
            new() { Slug = slug, Name = name, Parent = parent, Status = status };
    }

    [Theory]
    [InlineData("ideas", "ideaStatistics", null, 4)]
    [InlineData("stories", "storyStatistics", null, 4)]
    [InlineData("ideas", "ideaStatistics", Role.Editor, 7)]
    [InlineData("stories", "storyStatistics", Role.Editor, 7)]
    public async Task The_filter_counts_what_the_theme_statistic_gives_for_the_parent(string list, string statistic, Role? role, int expected)
    {
        var query = $$"""
            { filtered: {{list}}(where: { dialogue: { slug: { eq: "{{Dialogue}}" } }, themesWithAncestors: { some: { slug: { eq: "rollup-ouder" } } } }) { totalCount }
              outside: {{list}}(where: { dialogue: { slug: { eq: "{{Dialogue}}" } }, themesWithAncestors: { none: { slug: { eq: "rollup-ouder" } } } }) { totalCount }
              all: {{list}}(where: { dialogue: { slug: { eq: "{{Dialogue}}" } } }) { totalCount }
              {{statistic}}(by: [THEME], where: { dialogue: { slug: { eq: "{{Dialogue}}" } } }) {{StatisticsCellsJson.Selection}} }
            """;
        var response = await api.PostAsync(query, role: role);
        Assert.True(response["errors"] is null, response.ToJsonString());
        var data = response["data"]!;
        var counts = StatisticsCellsJson.Counts(data[statistic]!);
        var filtered = data["filtered"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(counts["Rollup ouder"], filtered);
        Assert.Equal(expected, filtered);
        Assert.Equal(data["all"]!["totalCount"]!.GetValue<int>() - filtered, data["outside"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(counts["Rollup kind"], (await api.PostAsync(query.Replace("rollup-ouder", "rollup-kind"), role: role))["data"]!["filtered"]!["totalCount"]!.GetValue<int>());
    }

    /// <summary>
    /// Regression: the THEME roll-up followed every stored parent link, so for an anonymous caller an
    /// item tagged "Achter concept" counted under "Ouder" through the draft theme between them, a link
    /// the public cannot see (its <c>parent</c> is null for them).
    /// </summary>
    [Fact]
    public async Task The_theme_statistic_does_not_roll_up_through_a_draft_theme()
    {
        var data = await api.DataAsync($$"""
            { ideaStatistics(by: [THEME], where: { dialogue: { slug: { eq: "{{Dialogue}}" } } }) {{StatisticsCellsJson.Selection}}
              storyStatistics(by: [TOP_THEME], where: { dialogue: { slug: { eq: "{{Dialogue}}" } } }) {{StatisticsCellsJson.Selection}} }
            """);
        Assert.Equal(4, StatisticsCellsJson.Counts(data["ideaStatistics"]!)["Rollup ouder"]);
        var top = StatisticsCellsJson.Counts(data["storyStatistics"]!);
        Assert.Equal(4, top["Rollup ouder"]);
        Assert.Equal(3, top["(none)"]); // untagged, the draft tag, and "Achter concept", whose visible chain ends at a draft
    }
}
