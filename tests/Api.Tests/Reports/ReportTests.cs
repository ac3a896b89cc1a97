using System.Net;
using System.Text.RegularExpressions;
using Dialoogtafels.Api.Reports;
using Dialoogtafels.Api.Tests.Export;
using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Ideas;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Tests.Reports;

/// <summary>
/// <c>/reports/{slug}</c> and <c>/reports</c>: HTML reports of published content with inline SVG charts,
/// the numbers as tables, everything HTML-encoded, 404 for an unknown dialogue.
/// </summary>
public class ReportTests(OpenDataApiFactory api) : IClassFixture<OpenDataApiFactory>, IAsyncLifetime
{
    private const string Counted = "rapport-telling";

    public async Task InitializeAsync()
    {
        await OpenDataTestData.AddAsync(api.Database);
        await TestData.AddDialogueAsync(api.Database, Counted, ideas: 12);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_published_dialogue_and_the_programme_have_a_report_with_charts()
    {
        await using var db = api.Database.CreateContext();
        var dialogues = await db.Dialogues.Where(d => d.Status == PublicationStatus.Published).Select(d => new { d.Slug, d.Title }).ToListAsync();
        Assert.True(dialogues.Count > 15, "the seed's dialogues are there");
        foreach (var (path, title) in dialogues.Select(d => ($"/reports/{d.Slug}", d.Title)).Append(("/reports", "Nederland na de crisis")).Append(("/reports/programma", "Nederland na de crisis")))
        {
            var (status, contentType, html) = await GetAsync(path);
            Assert.True(status == HttpStatusCode.OK, $"{path}: {status}");
            Assert.Equal("text/html; charset=utf-8", contentType);
            Assert.StartsWith("<!DOCTYPE html>", html);
            Assert.Contains($"<h1>{Html.Encode(title)}</h1>", html);
            Assert.Equal(2, Regex.Count(html, "<svg "));
            Assert.Equal(2, Regex.Count(html, "<svg [^>]*role=\"img\" aria-label=\"[^\"]+\""));
            Assert.Contains("<title>Knelpunten en kansen per thema</title>", html);
            Assert.Contains("@media print", html);
            Assert.DoesNotContain(OpenDataTestData.Hidden, html);
            Assert.DoesNotContain("<script", html);
        }
    }

    /// <summary>
    /// Drafts, deleted items and draft dialogues never show. A published item of a draft dialogue is
    /// public (ContentVisibility; CountAgreementTests): the programme report may list it, but never its
    /// dialogue (whose title carries <see cref="OpenDataTestData.Hidden"/>), and a dialogue's report
    /// lists only its own items.
    /// </summary>
    [Fact]
    public async Task Drafts_deleted_items_and_draft_dialogues_never_show()
    {
        await using (var db = api.Database.CreateContext())
        {
            var dialogue = await db.Dialogues.SingleAsync(d => d.Slug == OpenDataTestData.Slug);
            db.Add(new Idea { DialogueId = dialogue.Id, Title = "Gepubliceerd topidee", Status = PublicationStatus.Published, SupportCount = 900_000 });
            await db.SaveChangesAsync();
        }

        foreach (var path in new[] { $"/reports/{OpenDataTestData.Slug}", "/reports" })
        {
            var (_, _, html) = await GetAsync(path);
            Assert.Contains("Gepubliceerd topidee", html); // the published idea with most support is listed…
            Assert.DoesNotContain(OpenDataTestData.Hidden, html); // …the draft and the deleted one with more support are not
        }

        Assert.DoesNotContain("concept-dialoog", (await GetAsync($"/reports/{OpenDataTestData.Slug}")).Html);

        var (status, _, _) = await GetAsync($"/reports/{OpenDataTestData.DraftDialogueSlug}");
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Figures_and_chart_tables_are_counted_from_published_content()
    {
        var (_, _, html) = await GetAsync($"/reports/{Counted}");
        // TestData: 3 published tables, 9 published concern stories on "Groen in de wijk", 12 published ideas
        // on both themes, each for the government; one draft of each kind.
        Assert.Contains("<dt>Dialoogtafels</dt><dd>3</dd>", html);
        Assert.Contains("<dt>Knelpunten</dt><dd>9</dd>", html);
        Assert.Contains("<dt>Kansen</dt><dd>0</dd>", html);
        Assert.Contains("<dt>Ideeën</dt><dd>12</dd>", html);
        Assert.Contains("<tr><th scope=\"row\">Groen in de wijk</th><td class=\"num\">9</td><td class=\"num\">0</td><td class=\"num\">9</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">Zorg dichtbij</th><td class=\"num\">0</td><td class=\"num\">12</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">12</td></tr>", html);
        Assert.Contains("<title>Zorg dichtbij — Samenleving: 0, Overheid: 12, Middenveld: 0, Niet genoemd: 0 (totaal 12)</title>", html);
        // Ideas with support (9 of the 12: support i * 7 % 5), most first, at most TopIdeaCount.
        var supported = Enumerable.Range(0, 12).Where(i => i * 7 % 5 > 0).OrderByDescending(i => i * 7 % 5).ThenBy(i => i).Take(ReportReader.TopIdeaCount).ToList();
        var listed = Regex.Matches(html[html.IndexOf("id=\"steun\"", StringComparison.Ordinal)..], "<td>Idee (\\d{3})</td><td class=\"num\">(\\d+)</td>")
            .Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value))).ToList();
        Assert.Equal(supported.Select(i => (i, i * 7 % 5)), listed);
    }

    [Fact]
    public async Task Content_is_html_encoded()
    {
        var (_, _, html) = await GetAsync($"/reports/{OpenDataTestData.Slug}");
        Assert.Contains("<h1>Open data: &quot;test&quot;; één</h1>", html);
        Assert.Contains("Ærø, Škoda &amp; &lt;b&gt;vet&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>vet</b>", html);
        Assert.Contains("Geïmporteerd café – één zoë &#x1F6B2;", html); // letters stay readable; the encoder writes emoji as references
    }

    [Theory]
    [InlineData("/reports/bestaat-niet", "bestaat-niet")]
    [InlineData("/reports/%3Cscript%3Ealert(1)", "&lt;script&gt;alert(1)")]
    public async Task An_unknown_dialogue_is_404_with_a_small_html_page(string path, string shown)
    {
        var (status, contentType, html) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("text/html; charset=utf-8", contentType);
        Assert.Contains("Dialoog niet gevonden", html);
        Assert.Contains(shown, html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task The_number_of_sql_statements_does_not_depend_on_the_data()
    {
        await TestData.AddDialogueAsync(api.Database, "rapport-groot", ideas: 60);
        var counts = new List<int>();
        foreach (var path in new[] { $"/reports/{Counted}", "/reports/rapport-groot", "/reports" })
        {
            using var counter = new SqlStatementCounter(api.Database.Name);
            var (status, _, _) = await GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, status);
            counts.Add(counter.Statements.Count);
        }

        Assert.Equal(counts[0], counts[1]);
        Assert.All(counts, c => Assert.InRange(c, 1, ReportReader.MaxStatements));
    }

    private async Task<(HttpStatusCode Status, string? ContentType, string Html)> GetAsync(string path)
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync(path);
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }
}
