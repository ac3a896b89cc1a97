using Dialoogtafels.Api.Data;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.VisualBasic.FileIO;

namespace Dialoogtafels.Api.Tests.Export;

/// <summary>
/// <c>/export/{ideas,stories}.{csv,jsonl}</c>: RFC 4180 CSV and JSON Lines of published content only,
/// filtered like the GraphQL lists (<c>where</c>, <c>search</c>), refused with 400 for bad parameters.
/// </summary>
public class ExportTests(OpenDataApiFactory api) : IClassFixture<OpenDataApiFactory>, IAsyncLifetime
{
    private static readonly string[] IdeaColumns =
    [
        "id", "title", "description", "dialogueSlug", "dialogueTitle", "track", "tableTitle", "themes", "proposedActors",
        "supportCount", "costEstimate", "source", "externalReference", "budgetSelection", "isParaphrase", "createdAt", "updatedAt",
    ];

    public Task InitializeAsync() => OpenDataTestData.AddAsync(api.Database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Ideas_csv_is_rfc4180_with_every_published_idea_and_round_trips_awkward_text()
    {
        using var response = await GetAsync("/export/ideas.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment; filename=ideas.csv", response.Content.Headers.ContentDisposition!.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte-order mark");
        var text = new UTF8Encoding(false, true).GetString(bytes);

        var records = Rfc4180.Parse(text);
        Assert.Equal(IdeaColumns, records[0]);
        var rows = records.Skip(1).Select(r => IdeaColumns.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        Assert.All(records, r => Assert.Equal(IdeaColumns.Length, r.Length));
        Assert.Equal(await PublishedIdeaCountAsync(), rows.Count);
        Assert.DoesNotContain(OpenDataTestData.Hidden, text);

        for (var i = 0; i < OpenDataTestData.AwkwardTitles.Length; i++)
        {
            var row = Assert.Single(rows, r => r["title"] == InCsv(OpenDataTestData.AwkwardTitles[i]));
            Assert.Equal(OpenDataTestData.AwkwardTexts[i] ?? "", row["description"]);
            Assert.Equal(OpenDataTestData.Slug, row["dialogueSlug"]);
            Assert.Equal("Open data: \"test\"; één", row["dialogueTitle"]);
            Assert.Equal("CIVIL_SOCIETY", row["track"]);
            Assert.Equal("Wonen, werken; leren", row["themes"]); // the draft theme is left out
            Assert.True(GlobalId.TryDecode(row["id"], out var type, out _) && type == "Idea");
        }

        var first = rows.Single(r => r["title"] == OpenDataTestData.AwkwardTitles[0]);
        Assert.Equal("GOVERNMENT|SOCIETY", first["proposedActors"]);
        Assert.Equal("1234.50", first["costEstimate"]);
        Assert.Equal("ONLINE", first["source"]);
        Assert.Equal("ref;1,\"a\"", first["externalReference"]);
        Assert.Equal("Tafel, \"één\"", first["tableTitle"]);
        Assert.Equal("false", first["isParaphrase"]);
        Assert.True(DateTimeOffset.TryParse(first["createdAt"], out _));
        var ofDraftDialogue = rows.Single(r => r["title"] == "Gepubliceerd idee in een concept-dialoog");
        Assert.Equal("", ofDraftDialogue["dialogueSlug"]); // as in GraphQL: the idea is public, its draft dialogue is not

        // An independent reader agrees: .NET's TextFieldParser.
        using var parser = new TextFieldParser(new StringReader(text)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var independent = new List<string[]>();
        while (!parser.EndOfData) independent.Add(parser.ReadFields()!);
        Assert.Equal(records, independent);
    }

    [Fact]
    public async Task Stories_csv_has_every_published_story()
    {
        using var response = await GetAsync("/export/stories.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment; filename=stories.csv", response.Content.Headers.ContentDisposition!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        var records = Rfc4180.Parse(text);
        Assert.Equal(["id", "kind", "title", "body", "dialogueSlug", "dialogueTitle", "track", "tableTitle", "themes", "isParaphrase", "createdAt", "updatedAt"], records[0]);
        await using var db = api.Database.CreateContext();
        Assert.Equal(await db.Stories.CountAsync(s => s.Status == PublicationStatus.Published), records.Count - 1);
        Assert.DoesNotContain(OpenDataTestData.Hidden, text);
        for (var i = 0; i < OpenDataTestData.AwkwardTitles.Length; i++)
        {
            var record = Assert.Single(records, r => r[2] == InCsv(OpenDataTestData.AwkwardTitles[i]));
            Assert.Equal(OpenDataTestData.AwkwardTexts[i] ?? "", record[3]);
            Assert.Equal(i % 2 == 0 ? "CONCERN" : "OPPORTUNITY", record[1]);
        }
    }

    [Theory]
    [InlineData("ideas")]
    [InlineData("stories")]
    public async Task Jsonl_has_one_json_object_per_published_item(string export)
    {
        using var response = await GetAsync($"/export/{export}.jsonl");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"attachment; filename={export}.jsonl", response.Content.Headers.ContentDisposition!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\n", text);
        var lines = text[..^1].Split('\n');
        var objects = lines.Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        await using var db = api.Database.CreateContext();
        var expected = export == "ideas"
            ? await db.Ideas.CountAsync(i => i.Status == PublicationStatus.Published)
            : await db.Stories.CountAsync(s => s.Status == PublicationStatus.Published);
        Assert.Equal(expected, objects.Count);
        Assert.DoesNotContain(OpenDataTestData.Hidden, text);
        var body = export == "ideas" ? "description" : "body";
        for (var i = 0; i < OpenDataTestData.AwkwardTitles.Length; i++)
        {
            var item = Assert.Single(objects, o => o["title"]!.GetValue<string>() == OpenDataTestData.AwkwardTitles[i]);
            Assert.Equal(OpenDataTestData.AwkwardTexts[i], item[body]?.GetValue<string>());
            Assert.Equal(["Wonen, werken; leren"], item["themes"]!.AsArray().Select(t => t!.GetValue<string>()));
        }

        if (export == "ideas")
        {
            var first = objects.Single(o => o["title"]!.GetValue<string>() == OpenDataTestData.AwkwardTitles[0]);
            Assert.Equal(1234.5m, first["costEstimate"]!.GetValue<decimal>());
            Assert.Equal(10, first["supportCount"]!.GetValue<int>());
            Assert.Equal(["GOVERNMENT", "SOCIETY"], first["proposedActors"]!.AsArray().Select(a => a!.GetValue<string>()));
            Assert.Equal(JsonValueKind.Null, first["budgetSelection"]?.GetValueKind() ?? JsonValueKind.Null);
        }
    }

    [Theory]
    [InlineData("ideas", """{"proposedActors":{"some":{"eq":"GOVERNMENT"}}}""", null)]
    [InlineData("ideas", """{"dialogue":{"slug":{"eq":"open-data-test"}},"supportCount":{"gte":11}}""", null)]
    [InlineData("ideas", """{"or":[{"title":{"contains":"kaai"}},{"themes":{"some":{"name":{"startsWith":"wonen, "}}}}]}""", null)]
    [InlineData("ideas", null, OpenDataTestData.SearchWord)]
    [InlineData("ideas", """{"dialogue":{"slug":{"in":["open-data-test"]}},"createdAt":{"gte":"2000-01-01T00:00:00Z"},"costEstimate":{"gt":1000}}""", null)]
    [InlineData("ideas", """{"source":{"eq":"ONLINE"}}""", "café")]
    [InlineData("stories", """{"kind":{"eq":"OPPORTUNITY"},"dialogue":{"track":{"in":["CIVIL_SOCIETY","SCIENCE"]}}}""", null)]
    [InlineData("stories", null, OpenDataTestData.SearchWord)]
    public async Task Where_and_search_select_what_the_graphql_list_selects(string export, string? where, string? search)
    {
        var query = new List<string>();
        if (where is not null) query.Add("where=" + Uri.EscapeDataString(where));
        if (search is not null) query.Add("search=" + Uri.EscapeDataString(search));
        using var response = await GetAsync($"/export/{export}.jsonl?{string.Join('&', query)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var ids = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["id"]!.GetValue<string>()).ToList();

        var listed = new List<string>();
        string? after = null;
        do
        {
            var type = export == "ideas" ? "IdeaFilterInput" : "StoryFilterInput";
            var result = await api.PostAsync(
                $"query($where: {type}, $search: String, $after: String) {{ {export}(first: 50, after: $after, where: $where, search: $search) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ id }} }} }}",
                new { where = where is null ? null : JsonNode.Parse(where), search, after });
            Assert.True(result["errors"] is null, result.ToJsonString());
            var connection = result["data"]![export]!;
            listed.AddRange(connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            after = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? connection["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.NotEmpty(ids);
        Assert.Equal(listed.Order(), ids.Order());
        Assert.DoesNotContain(OpenDataTestData.Hidden, text);
    }

    [Theory]
    [InlineData("where={", "JSON_INVALID")]
    [InlineData("where=[1]", "FILTER_INVALID")]
    [InlineData("where={\"nope\":{\"eq\":1}}", "FILTER_INVALID")]
    [InlineData("where={\"title\":{\"like\":\"x\"}}", "FILTER_INVALID")]
    [InlineData("where={\"proposedActors\":{\"some\":{\"eq\":\"GOVERMENT\"}}}", "FILTER_INVALID")]
    [InlineData("where={\"supportCount\":{\"gt\":\"5\"}}", "FILTER_INVALID")]
    [InlineData("where={\"title\":{\"eq\":\"a\"},\"title\":{\"eq\":\"b\"}}", "FILTER_INVALID")]
    [InlineData("where={\"reviewRequestedAt\":{\"neq\":null}}", "AUTH_NOT_AUTHORIZED")]
    [InlineData("where={}&where={}", "INVALID_PARAMETER")]
    public async Task A_bad_parameter_is_400_with_a_graphql_style_error(string query, string code)
    {
        using var response = await GetAsync("/export/ideas.csv?" + query.Replace("{", "%7B").Replace("}", "%7D").Replace("\"", "%22"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray().Single()!;
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
        Assert.Equal(code, error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Too_deep_a_filter_and_too_long_a_search_are_refused_like_in_graphql()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"and\":[", 13)) + "{}" + string.Concat(Enumerable.Repeat("]}", 13));
        using var tooDeep = await GetAsync("/export/stories.jsonl?where=" + Uri.EscapeDataString(deep));
        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.StatusCode);
        Assert.Contains("FILTER_TOO_COMPLEX", await tooDeep.Content.ReadAsStringAsync());
        using var tooLong = await GetAsync("/export/stories.jsonl?search=" + new string('a', 501));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("SEARCH_TOO_LONG", await tooLong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_cms_token_does_not_reveal_drafts()
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/ideas.csv");
        request.Headers.Authorization = new("Bearer", api.TokenFor(Security.Role.Admin));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(OpenDataTestData.Hidden, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Text as a CSV export holds it: a leading <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets a single
    /// quote in front, against formula injection (<see cref="ExportFormulaTests"/>); JSON Lines keeps it exact.
    /// </summary>
    private static string InCsv(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var client = api.CreateClient();
        return await client.GetAsync(path);
    }

    private async Task<int> PublishedIdeaCountAsync()
    {
        await using var db = api.Database.CreateContext();
        return await db.Ideas.CountAsync(i => i.Status == PublicationStatus.Published);
    }
}
