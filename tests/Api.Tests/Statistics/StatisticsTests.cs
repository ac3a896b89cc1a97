using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Statistics;

/// <summary>
/// <c>ideaStatistics</c> / <c>storyStatistics</c>: counts equal those computed independently from the
/// rows, themes roll up through the hierarchy, cross tables combine two dimensions, drafts never count,
/// <c>where</c> and <c>search</c> slice as on the lists, one SQL statement per statistic.
/// </summary>
public class StatisticsTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => StatisticsData.AddAsync(api.Database);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Dictionary<string, int>> IdeaCounts(string arguments) =>
        StatisticsCellsJson.Counts((await api.DataAsync($"{{ ideaStatistics({arguments}) {StatisticsCellsJson.Selection} }}"))["ideaStatistics"]!);

    [Fact]
    public async Task One_dimension_counts_equal_independent_counts()
    {
        var expected = await IndependentCounts.ReadAsync(api.Database);
        Assert.Equal(expected.By(i => i.Themes), await IdeaCounts("by: [THEME]"));
        Assert.Equal(expected.By(i => i.TopThemes), await IdeaCounts("by: [TOP_THEME]"));
        Assert.Equal(expected.By(i => i.Actors), await IdeaCounts("by: [ACTOR]"));
        Assert.Equal(expected.By(i => [i.Track]), await IdeaCounts("by: [TRACK]"));
        Assert.Equal(expected.By(i => [i.Table]), await IdeaCounts("by: [TABLE]"));
        Assert.Equal(expected.By(i => i.Groups), await IdeaCounts("by: [PARTICIPANT_GROUP]"));
    }

    [Fact]
    public async Task Themes_roll_up_the_hierarchy_counting_each_item_once_per_theme()
    {
        var counts = await IdeaCounts("by: [THEME], where: { dialogue: { slug: { startsWith: \"stat-\" } } }");
        // Mobiliteit: the 5 published ideas tagged Fietspad, Fiets or OV (the first has both Fietspad and OV: once).
        Assert.Equal(5, counts["Mobiliteit"]);
        Assert.Equal(4, counts["Fiets"]);
        Assert.Equal(1, counts["Fietspad"]);
        Assert.Equal(3, counts["Openbaar vervoer"]);
        // Groen: the 4 tagged directly (the idea of the draft dialogue is filtered out by `dialogue`); a link to
        // its draft child does not roll up, as the public cannot see that link; the draft theme never shows.
        Assert.Equal(4, counts["Groen"]);
        Assert.DoesNotContain("Concept thema", counts.Keys);
        Assert.Equal(2, counts["(none)"]); // the untagged idea, and the idea tagged only with the draft theme

        var tagged = await IdeaCounts("by: [TAGGED_THEME], where: { dialogue: { slug: { startsWith: \"stat-\" } } }");
        Assert.Equal(3, tagged["Fiets"]);
        Assert.DoesNotContain("Mobiliteit", tagged.Keys);
        var top = await IdeaCounts("by: [TOP_THEME], where: { dialogue: { slug: { startsWith: \"stat-\" } } }");
        Assert.Equal(new Dictionary<string, int> { ["Mobiliteit"] = 5, ["Groen"] = 4, ["(none)"] = 2 }, top);
    }

    [Fact]
    public async Task Two_dimensions_make_a_cross_table()
    {
        var expected = await IndependentCounts.ReadAsync(api.Database);
        Assert.Equal(expected.By(i => i.TopThemes, i => i.Actors), await IdeaCounts("by: [TOP_THEME, ACTOR]"));
        Assert.Equal(expected.By(i => i.Actors, i => [i.Track]), await IdeaCounts("by: [ACTOR, TRACK]"));

        // "Ideas per theme and actor, in citizen dialogues"
        var citizens = await IdeaCounts("by: [THEME, ACTOR], where: { dialogue: { track: { eq: CITIZENS } } }");
        Assert.Equal(expected.Where(i => i.Track == "CITIZENS").By(i => i.Themes, i => i.Actors), citizens);
        Assert.Equal(3, citizens["Fiets | GOVERNMENT"]);
        Assert.Equal(2, citizens["Fiets | SOCIETY"]); // one of them names both actors: counted in both cells
        Assert.Equal(1, citizens["Fiets | CIVIL_SOCIETY"]);
        Assert.Equal(1, citizens["Openbaar vervoer | (none)"]);
    }

    [Fact]
    public async Task Drafts_are_never_counted()
    {
        var total = await api.DataAsync("""
            { ideaStatistics(by: []) { count keys { value } }
              ideas { totalCount }
              storyStatistics(by: [KIND], where: { dialogue: { slug: { eq: "stat-burgers" } } }) { count keys { dimension value label } } }
            """);
        Assert.Equal(total["ideas"]!["totalCount"]!.GetValue<int>(), total["ideaStatistics"]![0]!["count"]!.GetValue<int>());
        Assert.Empty(total["ideaStatistics"]![0]!["keys"]!.AsArray());
        var stories = StatisticsCellsJson.Counts(total["storyStatistics"]!);
        Assert.Equal(new Dictionary<string, int> { ["CONCERN"] = 2, ["OPPORTUNITY"] = 1 }, stories);

        var tables = await IdeaCounts("by: [TABLE, PARTICIPANT_GROUP], where: { dialogue: { slug: { eq: \"stat-lokaal\" } } }");
        Assert.DoesNotContain(tables.Keys, k => k.Contains("concepttafel"));
        Assert.Equal(2, tables["(none) | (none)"]); // "Bomen" has no table; the other idea's table is a draft
        Assert.Equal(3, tables["Stat tafel C | Stat jongeren"]);
        var dialogues = await IdeaCounts("by: [DIALOGUE]");
        Assert.DoesNotContain("Stat conceptdialoog", dialogues.Keys);
        Assert.Equal(1, dialogues["(none)"]);
    }

    [Fact]
    public async Task Cms_users_count_what_they_see_in_the_lists()
    {
        const string query = "{ ideaStatistics(by: []) { count } ideas { totalCount } }";
        var editor = (await api.PostAsync(query, role: Role.Editor))["data"]!;
        var anonymous = (await api.PostAsync(query))["data"]!;
        Assert.Equal(editor["ideas"]!["totalCount"]!.GetValue<int>(), editor["ideaStatistics"]![0]!["count"]!.GetValue<int>());
        Assert.True(editor["ideaStatistics"]![0]!["count"]!.GetValue<int>() > anonymous["ideaStatistics"]![0]!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Labels_and_nodes_name_the_values()
    {
        using var counter = new SqlStatementCounter(api.Database.Name);
        var data = await api.DataAsync("""
            { ideaStatistics(by: [ACTOR, TOP_THEME], where: { dialogue: { slug: { eq: "stat-burgers" } } }) {
                count keys { dimension value label node { id ... on Theme { name } } } } }
            """);
        Assert.Equal(3, counter.Statements.Count); // the dialogue keys (ReferenceKeys), the statistic, then the themes by id
        var keys = data["ideaStatistics"]!.AsArray().SelectMany(c => c!["keys"]!.AsArray()).ToList();
        var government = keys.First(k => k!["value"]?.GetValue<string>() == "GOVERNMENT")!;
        Assert.Equal("De overheid", government["label"]!.GetValue<string>());
        Assert.Null(government["node"]);
        var none = keys.First(k => k!["dimension"]!.GetValue<string>() == "ACTOR" && k["value"] is null)!;
        Assert.Equal("Geen actor genoemd", none["label"]!.GetValue<string>());
        var mobiliteit = keys.First(k => k!["label"]!.GetValue<string>() == "Mobiliteit")!;
        Assert.Equal("TOP_THEME", mobiliteit["dimension"]!.GetValue<string>());
        Assert.Equal(mobiliteit["value"]!.GetValue<string>(), mobiliteit["node"]!["id"]!.GetValue<string>());
        Assert.Equal("Mobiliteit", mobiliteit["node"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task One_sql_statement_per_statistic_whatever_the_filter()
    {
        using var counter = new SqlStatementCounter(api.Database.Name);
        await api.DataAsync("""
            { a: ideaStatistics(by: [THEME, PARTICIPANT_GROUP], search: "fiets", where: { themes: { some: { name: { contains: "fiets" } } } }) { count }
              b: storyStatistics(by: [TOP_THEME, KIND]) { count keys { label } }
              c: ideaStatistics(by: [TRACK]) { count } }
            """);
        // One per statistic, plus the keys of the themes the filter matches (read first, see KeyArrays).
        // The three statistics run in parallel, so the order of the statements varies.
        Assert.Equal(4, counter.Statements.Count);
        Assert.Single(counter.Statements, sql => sql.StartsWith("SELECT @set AS \"Set\", t.id AS \"Key\"\nFROM themes", StringComparison.Ordinal));
        Assert.Equal(3, counter.Statements.Count(sql => sql.Contains("GROUP BY")));
    }

    [Fact]
    public async Task Search_and_where_slice_like_the_lists()
    {
        var data = await api.DataAsync("""
            { ideaStatistics(by: [], search: "fietsen", where: { proposedActors: { some: { eq: SOCIETY } } }) { count }
              ideas(search: "fietsen", where: { proposedActors: { some: { eq: SOCIETY } } }) { totalCount } }
            """);
        Assert.Equal(2, data["ideas"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(2, data["ideaStatistics"]![0]!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bad_input_is_a_clear_error_with_a_code()
    {
        var three = await api.ExecuteAsync("{ ideaStatistics(by: [THEME, ACTOR, TRACK]) { count } }");
        Assert.Equal("STATISTICS_TOO_MANY_DIMENSIONS", three["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("at most 2", three["errors"]![0]!["message"]!.GetValue<string>());

        var kindOnIdeas = await api.ExecuteAsync("{ ideaStatistics(by: [KIND]) { count } }");
        Assert.NotNull(kindOnIdeas["errors"]); // not an IdeaDimension: a validation error
        var tooLong = await api.ExecuteAsync($"{{ storyStatistics(by: [KIND], search: \"{new string('a', 501)}\") {{ count }} }}");
        Assert.Equal("SEARCH_TOO_LONG", tooLong["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
