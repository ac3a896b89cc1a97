using Dialoogtafels.Api.Data;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Api.Tests.Statistics;

/// <summary><c>similar</c> on Idea and Story: related published items, never the item itself nor drafts, batched.</summary>
public class SimilarTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => StatisticsData.AddAsync(api.Database);

    public Task DisposeAsync() => Task.CompletedTask;

    private string IdeaId(string title)
    {
        using var db = api.Database.CreateContext();
        return GlobalId.Encode("Idea", db.Ideas.Single(i => i.Title == title && i.Status == PublicationStatus.Published).Id);
    }

    [Fact]
    public async Task Similar_ideas_are_related_and_never_the_idea_itself_or_a_draft()
    {
        var id = IdeaId("Veilige fietsroutes naar school");
        var data = await api.DataAsync($$"""{ node(id: "{{id}}") { ... on Idea { title similar(first: 5) { id title status } } } }""");
        var similar = data["node"]!["similar"]!.AsArray();
        var titles = similar.Select(s => s!["title"]!.GetValue<string>()).ToList();
        Assert.InRange(titles.Count, 1, 5);
        Assert.DoesNotContain(similar, s => s!["id"]!.GetValue<string>() == id);
        Assert.DoesNotContain(titles, t => t.StartsWith("Concept"));
        Assert.All(similar, s => Assert.Equal("PUBLISHED", s!["status"]!.GetValue<string>()));
        Assert.All(titles.Take(3), t => Assert.Contains("fiets", t, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Bomen in de straat", titles);
    }

    [Fact]
    public async Task Similar_stories_work_the_same_way()
    {
        var data = await api.DataAsync("""
            { stories(first: 50, where: { title: { eq: "Fietsenstalling altijd vol" } }) { nodes { title similar(first: 3) { title } } } }
            """);
        var titles = data["stories"]!["nodes"]![0]!["similar"]!.AsArray().Select(s => s!["title"]!.GetValue<string>()).ToList();
        Assert.Equal("Meer mensen op de fiets", titles[0]);
        Assert.DoesNotContain("Fietsenstalling altijd vol", titles);
        Assert.DoesNotContain(titles, t => t.StartsWith("Concept"));
    }

    [Fact]
    public async Task Similar_is_batched_over_a_page()
    {
        using var counter = new SqlStatementCounter(api.Database.Name);
        var data = await api.DataAsync("""{ ideas(first: 20) { nodes { title similar(first: 2) { title } } } }""");
        Assert.True(data["ideas"]!["nodes"]!.AsArray().Count > 10);
        Assert.Equal(3, counter.Statements.Count); // the page, the similarity of all its ideas, the similar ideas by id

        var error = await api.ExecuteAsync("""{ ideas(first: 1) { nodes { similar(first: 21) { title } } } }""");
        Assert.Equal("STATISTICS_FIRST_OUT_OF_RANGE", error["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
