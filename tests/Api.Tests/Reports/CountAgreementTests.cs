using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Dialoogtafels.Api.Tests.Export;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;

namespace Dialoogtafels.Api.Tests.Reports;

/// <summary>
/// One visibility rule everywhere (<c>ContentVisibility</c>): a published item is public whatever its
/// dialogue's status, so a published idea or story of a draft dialogue counts the same in
/// <c>totalCount</c>, the statistics' total, the CSV export and the programme report, and none of them
/// shows the draft dialogue itself.
/// </summary>
public class CountAgreementTests(OpenDataApiFactory api) : IClassFixture<OpenDataApiFactory>, IAsyncLifetime
{
    private const string DraftDialogueTitle = "Telling conceptdialoog geheimxyz";

    public async Task InitializeAsync()
    {
        await using var db = api.Database.CreateContext();
        if (db.Dialogues.Any(d => d.Slug == "telling-concept")) return;
        var draft = new Dialogue { Slug = "telling-concept", Title = DraftDialogueTitle, Track = DialogueTrack.Citizens };
        var table = new Table { Dialogue = draft, Title = "Telling tafel", Status = PublicationStatus.Published, ParticipantCount = 7 };
        db.Add(new Idea { Dialogue = draft, Table = table, Title = "Telling idee in een conceptdialoog", Status = PublicationStatus.Published, SupportCount = 2_000_000 });
        db.Add(new Story { Dialogue = draft, Title = "Telling verhaal in een conceptdialoog", Kind = StoryKind.Concern, Status = PublicationStatus.Published });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_published_item_of_a_draft_dialogue_counts_the_same_in_lists_statistics_exports_and_reports()
    {
        var data = await api.DataAsync("""
            { ideas { totalCount } stories { totalCount } tables { totalCount }
              ideaStatistics(by: []) { count } storyStatistics(by: []) { count }
              idea: ideas(where: { title: { eq: "Telling idee in een conceptdialoog" } }) { nodes { dialogue { title } } } }
            """);
        var ideas = data["ideas"]!["totalCount"]!.GetValue<int>();
        var stories = data["stories"]!["totalCount"]!.GetValue<int>();
        Assert.Null(Assert.Single(data["idea"]!["nodes"]!.AsArray())!["dialogue"]); // public, its dialogue is not
        Assert.Equal(ideas, data["ideaStatistics"]![0]!["count"]!.GetValue<int>());
        Assert.Equal(stories, data["storyStatistics"]![0]!["count"]!.GetValue<int>());

        using var client = api.CreateClient();
        Assert.Equal(ideas, Rfc4180.Parse(await client.GetStringAsync("/export/ideas.csv")).Count - 1);
        Assert.Equal(stories, Rfc4180.Parse(await client.GetStringAsync("/export/stories.csv")).Count - 1);

        using var response = await client.GetAsync("/reports/programma");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(ideas, Figure(html, "Ideeën"));
        Assert.Equal(stories, Figure(html, "Knelpunten") + Figure(html, "Kansen"));
        Assert.Equal(data["tables"]!["totalCount"]!.GetValue<int>(), Figure(html, "Dialoogtafels"));
        Assert.Contains("Telling idee in een conceptdialoog", html); // the idea with most support is listed…
        Assert.DoesNotContain(DraftDialogueTitle, html); // …without its draft dialogue
    }

    private static int Figure(string html, string name) =>
        int.Parse(Regex.Match(html, $"<dt>{name}</dt><dd>([0-9.]+)</dd>").Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("nl-NL"));
}
