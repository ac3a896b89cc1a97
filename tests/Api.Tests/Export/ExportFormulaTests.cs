using System.Net;
using System.Text.Json.Nodes;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Themes;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Tests.Export;

/// <summary>
/// CSV injection (OWASP, "CSV Injection"): a CSV cell of text that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return is exported with a single quote in front and enclosed in double
/// quotes, so a spreadsheet shows it as text instead of running it as a formula. JSON Lines stays exact.
/// </summary>
public class ExportFormulaTests(OpenDataApiFactory api) : IClassFixture<OpenDataApiFactory>, IAsyncLifetime
{
    private const string Slug = "formula-test";

    private static readonly string[] Titles = ["=HYPERLINK(\"http://x\",\"klik\")", "+1+2", "-2+3", "@SUM(A1)", "\tmet tab", "\rmet cr", "gewoon = geen formule"];

    private static string Where => "where=" + Uri.EscapeDataString("{\"dialogue\":{\"slug\":{\"eq\":\"" + Slug + "\"}}}");

    public async Task InitializeAsync()
    {
        await using var db = api.Database.CreateContext();
        if (await db.Dialogues.AnyAsync(d => d.Slug == Slug)) return;
        var dialogue = new Dialogue { Title = "=Dialoog", Slug = Slug, Track = DialogueTrack.Citizens, Status = PublicationStatus.Published };
        var theme = new Theme { Name = "-Thema", Slug = "formula-theme", Status = PublicationStatus.Published };
        foreach (var title in Titles)
            db.Add(new Idea { Dialogue = dialogue, Title = title, Description = "@" + title, Themes = [theme], Status = PublicationStatus.Published, Source = IdeaSource.Online });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Csv_cells_that_a_spreadsheet_would_run_as_a_formula_start_with_a_quote_and_are_quoted()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync($"/export/ideas.csv?{Where}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var records = Rfc4180.Parse(text);
        var header = records[0];
        var rows = records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        Assert.Equal(Titles.Length, rows.Count);
        foreach (var title in Titles)
        {
            var inert = title[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + title : title;
            var row = Assert.Single(rows, r => r["title"] == inert);
            Assert.Equal("'@" + title, row["description"]);
            Assert.Equal("'=Dialoog", row["dialogueTitle"]);
            Assert.Equal("'-Thema", row["themes"]);
            if (inert != title) Assert.Contains(",\"'" + title.Replace("\"", "\"\""), text); // enclosed in double quotes
        }

        Assert.Contains(",\"'@gewoon = geen formule\",", text);
    }

    [Fact]
    public async Task Jsonl_keeps_the_text_exact()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync($"/export/ideas.jsonl?{Where}");
        var objects = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(Titles.Order(), objects.Select(o => o["title"]!.GetValue<string>()).Order());
        Assert.All(objects, o => Assert.Equal("@" + o["title"]!.GetValue<string>(), o["description"]!.GetValue<string>()));
        Assert.All(objects, o => Assert.Equal("=Dialoog", o["dialogueTitle"]!.GetValue<string>()));
    }
}
