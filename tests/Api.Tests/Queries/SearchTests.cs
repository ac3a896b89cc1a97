using Microsoft.EntityFrameworkCore;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>Dutch full-text search: stemming both ways, websearch syntax, relevance, highlights, combined with where and paging.</summary>
public class SearchTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = api.Database.CreateContext();
        if (db.Dialogues.Any(d => d.Slug == "zoeken")) return;
        var dialogue = new Dialogue { Title = "Zoeken", Slug = "zoeken", Status = PublicationStatus.Published, Track = DialogueTrack.Local };
        (string Title, string? Description, PublicationStatus Status)[] ideas =
        [
            ("Een veilige fiets route naar school", "Fietsen is gezond, dus meer fiets paden bij de fiets enstalling.", PublicationStatus.Published),
            ("Samen fietsen in de wijk", null, PublicationStatus.Published),
            ("Meer groene daken", "Groene daken koelen de stad in de zomer.", PublicationStatus.Published),
            ("Groen in de wijk", "Bomen en groene perken, geen daken.", PublicationStatus.Published),
            ("Parkeren bij het station", "Auto's en fietsen netjes parkeren.", PublicationStatus.Published),
            ("<b>Fiets</b> & co", "Een <script>fiets</script> voor iedereen", PublicationStatus.Published),
            ("Concept over fietsen", "Nog niet gepubliceerd", PublicationStatus.Draft),
        ];
        foreach (var (title, description, status) in ideas)
            db.Add(new Idea { Dialogue = dialogue, Title = title, Description = description, Status = status });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonNode> Search(string text, string extra = "") =>
        (await api.DataAsync($$"""
            query($q: String) { ideas(search: $q, first: 50, where: { dialogue: { slug: { eq: "zoeken" } } }{{extra}}) { totalCount nodes { title searchHighlight } } }
            """, new global::GraphQL.Inputs(new Dictionary<string, object?> { ["q"] = text })))["ideas"]!;

    private static string[] Titles(JsonNode connection) =>
        connection["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToArray();

    /// <summary>
    /// A word of four or more letters finds the words that start with it (Dutch compounds): through
    /// the lexemes the triggers on ideas and stories collect in search_lexemes on insert and update,
    /// and as a plain prefix when more than 64 lexemes start with it.
    /// </summary>
    [Fact]
    public async Task Prefixes_find_compounds_added_and_edited_later_and_beyond_64_lexemes()
    {
        // More than five executions, so PostgreSQL may switch the prepared statements to their generic
        // plans: the expansion must still be made per execution (the search text is a parameter).
        for (var i = 0; i < 8; i++) Assert.Equal(0, (await Search("zonnep"))["totalCount"]!.GetValue<int>());
        await using (var db = api.Database.CreateContext())
        {
            var dialogue = db.Dialogues.AsTracking().Single(d => d.Slug == "zoeken");
            db.Add(new Idea { Dialogue = dialogue, Title = "Zonnepanelen op elk dak", Status = PublicationStatus.Published });
            db.AddRange(Enumerable.Range(0, 70).Select(i => new Idea { Dialogue = dialogue, Title = $"Wijkplanvariant{i:D2}x", Status = PublicationStatus.Published }));
            await db.SaveChangesAsync();
        }

        Assert.Equal(["Zonnepanelen op elk dak"], Titles(await Search("zonnep")));
        Assert.Equal(70, (await Search("wijkplanvariant"))["totalCount"]!.GetValue<int>());

        await using (var db = api.Database.CreateContext())
        {
            var idea = db.Ideas.AsTracking().Single(i => i.Title == "Meer groene daken");
            idea.Title = "Zonnepaneelsubsidie voor groene daken";
            await db.SaveChangesAsync();
        }

        Assert.Equal(2, (await Search("zonnep"))["totalCount"]!.GetValue<int>());
    }

    /// <summary>
    /// Regression (dutch_search_query): the lexemes a prefix expands to were parsed a
    /// second time, which split a URL path or a compound with a hyphen into a phrase that matches
    /// nothing, and a quote inside a URL-like search word ended its lexeme early (an unexpected
    /// execution error).
    /// </summary>
    [Fact]
    public async Task Urls_hyphenated_compounds_and_quotes_are_searched_as_written()
    {
        await using (var db = api.Database.CreateContext())
        {
            var dialogue = db.Dialogues.AsTracking().Single(d => d.Slug == "zoeken");
            db.AddRange(
                new Idea { Dialogue = dialogue, Title = "Fietspad met een link", Description = "zie https://www.fietsersbond.nl/wegen?x=1", Status = PublicationStatus.Published },
                new Idea { Dialogue = dialogue, Title = "Dit kan zonder-meer", Status = PublicationStatus.Published });
            await db.SaveChangesAsync();
        }

        Assert.Equal(["Fietspad met een link"], Titles(await Search("/wegen")));
        Assert.Equal(["Fietspad met een link"], Titles(await Search("/weg")));
        Assert.Equal(["Dit kan zonder-meer"], Titles(await Search("zond")));
        Assert.Equal(0, (await Search("x.nl/it's"))["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await Search("www.voorbeeld.nl/a'b?c=d"))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Stemming_works_both_ways()
    {
        var byPlural = Titles(await Search("fietsen"));
        var bySingular = Titles(await Search("fiets"));
        Assert.Contains("Een veilige fiets route naar school", byPlural);
        Assert.Contains("Samen fietsen in de wijk", bySingular);
        Assert.Equal(byPlural.Order(), bySingular.Order());
        Assert.DoesNotContain("Concept over fietsen", byPlural);
    }

    [Fact]
    public async Task Websearch_syntax_phrases_exclusion_and_or()
    {
        Assert.Equal(["Meer groene daken"], Titles(await Search("\"groene daken\"")));
        Assert.Equal(["Meer groene daken"], Titles(await Search("daken -bomen")));
        Assert.Equal(2, Titles(await Search("bomen or koelen")).Length);
        Assert.Empty(Titles(await Search("de het een")));
    }

    [Fact]
    public async Task Results_come_by_relevance_with_highlights_that_are_safe_html()
    {
        var result = await Search("fiets");
        Assert.Equal("Een veilige fiets route naar school", Titles(result)[0]);
        var highlights = result["nodes"]!.AsArray().Select(n => n!["searchHighlight"]!.GetValue<string>()).ToArray();
        Assert.All(highlights, h => Assert.Contains("<mark>", h));
        var html = highlights.Single(h => h.Contains("script"));
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Fact]
    public async Task Search_pages_with_cursors_and_combines_with_order()
    {
        var all = Titles(await Search("fiets"));
        var first = (await api.DataAsync("""{ ideas(search: "fiets", first: 2) { pageInfo { hasNextPage endCursor } nodes { title } } }"""))["ideas"]!;
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var rest = (await api.DataAsync($$"""{ ideas(search: "fiets", first: 50, after: "{{cursor}}") { nodes { title } } }"""))["ideas"]!;
        Assert.Equal(all, Titles(first).Concat(Titles(rest)));

        var otherSearch = await api.ExecuteAsync($$"""{ ideas(search: "groen", after: "{{cursor}}") { totalCount } }""");
        Assert.Equal("PAGING_INVALID_CURSOR", otherSearch["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var alphabetical = Titles(await Search("fiets", ", order: [{ title: ASC }]"));
        Assert.Equal(alphabetical.OrderBy(t => t.ToLowerInvariant(), StringComparer.Ordinal), alphabetical);
    }

    [Fact]
    public async Task Searching_nested_lists_and_bad_input()
    {
        var data = await api.DataAsync("""{ dialogue(slug: "zoeken") { ideas(search: "daken") { totalCount nodes { title searchHighlight } } } }""");
        Assert.Equal(2, data["dialogue"]!["ideas"]!["totalCount"]!.GetValue<int>());
        var tooLong = await api.ExecuteAsync($"{{ ideas(search: \"{new string('a', 501)}\") {{ totalCount }} }}");
        Assert.Equal("SEARCH_TOO_LONG", tooLong["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var odd = await api.DataAsync("""{ ideas(search: "\"unbalanced -- or or & | ! ( ) : * ' \\\\") { totalCount } }""");
        Assert.NotNull(odd["ideas"]);
    }

    [Fact]
    public async Task The_highlight_is_computed_only_when_selected()
    {
        // ts_headline re-parses every row's text: a search that does not show highlights must not pay for them.
        await api.DataAsync("{ __typename }");
        using (var counter = new SqlStatementCounter(api.Database.Name))
        {
            await api.DataAsync("""{ ideas(search: "fiets") { totalCount nodes { title } } }""");
            Assert.All(counter.Statements, sql => Assert.DoesNotContain("ts_headline", sql));
        }

        using (var counter = new SqlStatementCounter(api.Database.Name))
        {
            await api.DataAsync("""{ ideas(search: "fiets") { edges { node { searchHighlight } } } }""");
            Assert.Contains(counter.Statements, sql => sql.Contains("ts_headline"));
        }
    }

    [Fact]
    public async Task A_search_counts_its_total_in_the_page_statement_before_the_limit()
    {
        await api.DataAsync("{ __typename }");
        JsonNode first;
        using (var counter = new SqlStatementCounter(api.Database.Name))
        {
            first = await api.DataAsync("""{ ideas(search: "fiets", first: 1) { totalCount nodes { title } pageInfo { endCursor } } }""");
            var sql = Assert.Single(counter.Statements);
            Assert.Contains("count(*) OVER ()", sql);
        }

        var all = await api.DataAsync("""{ ideas(search: "fiets", first: 50) { nodes { title } } }""");
        var total = all["ideas"]!["nodes"]!.AsArray().Count;
        Assert.True(total > 1, "the search must match more than one page of one");
        Assert.Equal(total, first["ideas"]!["totalCount"]!.GetValue<int>());

        // After a cursor the page statement no longer sees every match: the total is its own statement.
        var after = first["ideas"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        using (var counter = new SqlStatementCounter(api.Database.Name))
        {
            var next = await api.DataAsync($$"""{ ideas(search: "fiets", first: 1, after: "{{after}}") { totalCount nodes { title } } }""");
            Assert.Equal(total, next["ideas"]!["totalCount"]!.GetValue<int>());
            Assert.Equal(2, counter.Statements.Count);
            Assert.All(counter.Statements, sql => Assert.DoesNotContain("OVER ()", sql));
        }

        var none = await api.DataAsync("""{ ideas(search: "zwembadtegels") { totalCount nodes { title } } }""");
        Assert.Equal(0, none["ideas"]!["totalCount"]!.GetValue<int>());
    }
}
