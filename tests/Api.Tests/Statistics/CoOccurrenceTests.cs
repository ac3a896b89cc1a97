using System.Text.Json.Nodes;
using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Tests.Statistics;

/// <summary><c>ideaCoOccurrence</c> / <c>storyCoOccurrence</c>: symmetric pair counts, once per item, drafts left out.</summary>
public class CoOccurrenceTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private const string OwnData = "where: { dialogue: { slug: { startsWith: \"stat-\" } } }";

    public Task InitializeAsync() => StatisticsData.AddAsync(api.Database);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Pairs as "A | B" with the labels sorted, so that (A, B) and (B, A) are the same key.</summary>
    private static List<(string Pair, int Count)> Pairs(JsonNode cells) =>
        cells.AsArray().Select(cell =>
        {
            var labels = cell!["keys"]!.AsArray().Select(k => k!["label"]!.GetValue<string>()).ToList();
            Assert.Equal(2, labels.Count);
            return (string.Join(" | ", labels.Order(StringComparer.Ordinal)), cell["count"]!.GetValue<int>());
        }).ToList();

    [Fact]
    public async Task Tagged_themes_co_occur_symmetrically_once_per_item()
    {
        var data = await api.DataAsync($"{{ ideaCoOccurrence({OwnData}) {{ count keys {{ dimension value label }} }} }}");
        var pairs = Pairs(data["ideaCoOccurrence"]!);
        Assert.Equal(pairs.Count, pairs.Select(p => p.Pair).Distinct().Count()); // never both (A, B) and (B, A)
        Assert.All(data["ideaCoOccurrence"]!.AsArray(), c => Assert.Equal("TAGGED_THEME", c!["keys"]![0]!["dimension"]!.GetValue<string>()));

        await using var db = api.Database.CreateContext();
        var expected = (await db.Ideas
                .Where(i => i.Status == PublicationStatus.Published && i.Dialogue!.Status == PublicationStatus.Published && i.Dialogue.Slug.StartsWith("stat-"))
                .Select(i => i.Themes.Where(t => t.Status == PublicationStatus.Published).Select(t => t.Name).ToList())
                .ToListAsync())
            .SelectMany(names => names.SelectMany(a => names.Where(b => string.CompareOrdinal(a, b) < 0).Select(b => $"{a} | {b}")))
            .GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected, pairs.ToDictionary(p => p.Pair, p => p.Count));
        Assert.Equal(new Dictionary<string, int> { ["Fiets | Openbaar vervoer"] = 1, ["Fietspad | Openbaar vervoer"] = 1, ["Groen | Openbaar vervoer"] = 1 }, expected);
    }

    [Fact]
    public async Task Other_multi_valued_dimensions_co_occur_too()
    {
        var data = await api.DataAsync($$"""
            { top: ideaCoOccurrence(by: TOP_THEME, {{OwnData}}) { count keys { label } }
              actors: ideaCoOccurrence(by: ACTOR, {{OwnData}}) { count keys { value label } }
              stories: storyCoOccurrence({{OwnData}}) { count keys { label } } }
            """);
        Assert.Equal([("Groen | Mobiliteit", 1)], Pairs(data["top"]!)); // the idea with Fietspad and OV counts no pair: both roll up to Mobiliteit
        Assert.Equal([("De overheid | De samenleving zelf", 1), ("De samenleving zelf | Het middenveld", 1)], Pairs(data["actors"]!).OrderBy(p => p.Pair).ToList());
        var actorKeys = data["actors"]!.AsArray().Select(c => string.Join(",", c!["keys"]!.AsArray().Select(k => k!["value"]!.GetValue<string>()))).Order().ToList();
        Assert.Equal(["CIVIL_SOCIETY,SOCIETY", "GOVERNMENT,SOCIETY"], actorKeys); // values in key order
        Assert.Equal([("Fiets | Groen", 1)], Pairs(data["stories"]!)); // the draft story with the same themes is left out
    }

    [Fact]
    public async Task One_statement_and_a_clear_error_for_single_valued_dimensions()
    {
        using (var counter = new SqlStatementCounter(api.Database.Name))
        {
            await api.DataAsync("{ ideaCoOccurrence(by: THEME, search: \"fiets\") { count keys { label } } }");
            Assert.Single(counter.Statements);
        }

        var error = await api.ExecuteAsync("{ storyCoOccurrence(by: TRACK) { count } }");
        Assert.Equal("STATISTICS_SINGLE_VALUED_DIMENSION", error["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
