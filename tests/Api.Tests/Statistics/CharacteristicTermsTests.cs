using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Statistics;

/// <summary><c>ideaCharacteristicTerms</c>: a slice about bicycles is characterised by a bicycle term, in one statement.</summary>
public class CharacteristicTermsTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => StatisticsData.AddAsync(api.Database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_slice_about_bicycles_ranks_a_bicycle_term_first()
    {
        using var counter = new SqlStatementCounter(api.Database.Name);
        var data = await api.DataAsync("""
            { ideaCharacteristicTerms(where: { themes: { some: { slug: { eq: "stat-fiets" } } } }, first: 5) {
                term score countInSlice countInCorpus examples { title } } }
            """);
        var terms = data["ideaCharacteristicTerms"]!.AsArray();
        Assert.NotEmpty(terms);
        var best = terms[0]!;
        Assert.StartsWith("fiets", best["term"]!.GetValue<string>()); // "fietsen" is stemmed to "fiets"
        Assert.True(best["score"]!.GetValue<double>() > 3.84, "significant at p < 0.05");
        Assert.Equal(3, best["countInSlice"]!.GetValue<int>()); // the three ideas tagged "Fiets" all say "fietsen"
        Assert.True(best["countInCorpus"]!.GetValue<int>() >= 3);
        Assert.All(best["examples"]!.AsArray(), e => Assert.DoesNotContain("Concept", e!["title"]!.GetValue<string>()));
        Assert.Equal(3, best["examples"]!.AsArray().Count);
        var scores = terms.Select(t => t!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Equal(3, counter.Statements.Count); // the keys of the matching themes, the terms, then the examples by id
    }

    [Fact]
    public async Task Scores_follow_dunnings_log_likelihood()
    {
        var data = await api.DataAsync("""
            { slice: ideaCharacteristicTerms(search: "bus", first: 50, minCount: 1) { term score countInSlice countInCorpus }
              corpus: ideaStatistics(by: []) { count }
              sliceSize: ideaStatistics(by: [], search: "bus") { count } }
            """);
        var n = data["corpus"]![0]!["count"]!.GetValue<int>();
        var s = data["sliceSize"]![0]!["count"]!.GetValue<int>();
        foreach (var term in data["slice"]!.AsArray())
        {
            double a = term!["countInSlice"]!.GetValue<int>(), df = term["countInCorpus"]!.GetValue<int>();
            double[] observed = [a, df - a, s - a, n - s - (df - a)];
            double[] expected = [df * s / n, df * (n - s) / n, (n - df) * s / n, (n - df) * (n - s) / n];
            var g2 = 2 * observed.Zip(expected).Sum(c => c.First > 0 ? c.First * Math.Log(c.First / c.Second) : 0);
            Assert.Equal(g2, term["score"]!.GetValue<double>(), 6);
            Assert.True(a / s > (df - a) / (n - s), "only over-represented terms");
        }
    }

    [Fact]
    public async Task Bad_arguments_are_errors_with_codes()
    {
        var tooMany = await api.ExecuteAsync("{ storyCharacteristicTerms(first: 51) { term } }");
        Assert.Equal("STATISTICS_FIRST_OUT_OF_RANGE", tooMany["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var minCount = await api.ExecuteAsync("{ storyCharacteristicTerms(minCount: 0) { term } }");
        Assert.Equal("STATISTICS_MIN_COUNT_OUT_OF_RANGE", minCount["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
