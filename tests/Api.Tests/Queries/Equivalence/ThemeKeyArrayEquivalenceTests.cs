using Dialoogtafels.Api.Tests.Support;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Dialoogtafels.Api.Tests.Queries.Equivalence;

/// <summary>
/// Theme filters (answered from the key arrays ideas/stories.theme_ids) against the join-table truth,
/// loaded with EF Core Include: anonymous and CMS callers, draft and soft-deleted themes, items
/// without themes, null-sensitive <c>all</c>, and/or, nested lists, statistics and exports.
/// </summary>
public class ThemeKeyArrayEquivalenceTests(Export.OpenDataApiFactory api, ITestOutputHelper output)
    : IClassFixture<Export.OpenDataApiFactory>, IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task InitializeAsync()
    {
        await EquivalenceData.AddAsync(api.Database);
        await AddThemedAsync(api.Database);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Themes with descriptions (one draft, one deleted) on ideas and stories; stories get themes too.</summary>
    private static async Task AddThemedAsync(TestDatabase database)
    {
        await Gate.WaitAsync();
        try
        {
            await using var db = database.CreateContext();
            if (await db.Themes.IgnoreQueryFilters().AnyAsync(t => t.Slug == "trl-desc")) return;
            var themes = await db.Themes.IgnoreQueryFilters().AsTracking().Where(t => t.Slug.StartsWith("trl-")).ToDictionaryAsync(t => t.Slug);
            var desc = new Theme { Slug = "trl-desc", Name = "Trl beschreven", Description = "Trl beschrijving", Status = PublicationStatus.Published };
            var descDraft = new Theme { Slug = "trl-desc-draft", Name = "Trl beschreven concept", Description = "Trl beschrijving", Status = PublicationStatus.Draft };
            var descGone = new Theme { Slug = "trl-desc-gone", Name = "Trl beschreven weg", Description = "Trl anders", Status = PublicationStatus.Published, DeletedAt = DateTimeOffset.UtcNow };
            db.Themes.AddRange(desc, descDraft, descGone);
            var ideas = await db.Ideas.IgnoreQueryFilters().AsTracking().Include(i => i.Themes).Where(i => i.Title.StartsWith("Trl idee")).ToDictionaryAsync(i => i.Title);
            void Idea(int n, params Theme[] add) => ideas[$"Trl idee {n:D2}"].Themes.AddRange(add);
            Idea(1, desc);                       // q + desc
            Idea(2, descDraft);                  // r(draft) + desc draft
            Idea(3, descGone);                   // s + deleted
            Idea(5, desc, descDraft);            // only desc themes
            Idea(6, descGone);                   // x(deleted) + deleted
            Idea(9, desc);                       // r, s, desc
            var stories = await db.Stories.IgnoreQueryFilters().AsTracking().Include(s => s.Themes).Where(s => s.Title.StartsWith("Trl verhaal")).ToDictionaryAsync(s => s.Title);
            void Story(int n, params Theme[] add) => stories[$"Trl verhaal {n}"].Themes.AddRange(add);
            Story(1, themes["trl-q"], desc);
            Story(2, themes["trl-r"]);
            Story(3, themes["trl-x"]);
            Story(4, themes["trl-s"], descDraft, descGone);
            Story(6, themes["trl-q"]);
            // story 5: no themes
            await db.SaveChangesAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private sealed record Truth(EquivalenceData.Model Model, Dictionary<int, List<Theme>> IdeaThemes, Dictionary<int, List<Theme>> StoryThemes);

    /// <summary>The join rows (idea_themes, story_themes) read directly, with the themes they name.</summary>
    private async Task<Truth> TruthAsync(bool cms)
    {
        var model = await EquivalenceData.Model.LoadAsync(api.Database, anonymous: !cms);
        await using var db = api.Database.CreateContext();
        var links = await db.IdeaThemes.ToListAsync();
        var storyLinks = await db.StoryThemes.ToListAsync();
        var byId = model.Themes.ToDictionary(t => t.Id);
        return new Truth(model,
            model.Ideas.ToDictionary(i => i.Id, i => links.Where(l => l.IdeaId == i.Id).Select(l => byId[l.ThemeId]).ToList()),
            model.Stories.ToDictionary(s => s.Id, s => storyLinks.Where(l => l.StoryId == s.Id).Select(l => byId[l.ThemeId]).ToList()));
    }

    public static readonly Dictionary<string, (string Where, Func<EquivalenceData.Model, IEnumerable<Theme>, bool> Expected)> Cases = new()
    {
        ["some slug"] = ("""{"some":{"slug":{"eq":"trl-q"}}}""", (m, ts) => m.V(ts).Any(t => t.Slug == "trl-q")),
        ["some draft"] = ("""{"some":{"slug":{"eq":"trl-r"}}}""", (m, ts) => m.V(ts).Any(t => t.Slug == "trl-r")),
        ["some deleted"] = ("""{"some":{"slug":{"eq":"trl-x"}}}""", (m, ts) => false),
        ["none slug"] = ("""{"none":{"slug":{"eq":"trl-q"}}}""", (m, ts) => !m.V(ts).Any(t => t.Slug == "trl-q")),
        ["none draft"] = ("""{"none":{"slug":{"eq":"trl-r"}}}""", (m, ts) => !m.V(ts).Any(t => t.Slug == "trl-r")),
        ["none deleted"] = ("""{"none":{"slug":{"startsWith":"trl-desc"}}}""", (m, ts) => !m.V(ts).Any(t => t.Slug.StartsWith("trl-desc"))),
        ["all slug"] = ("""{"all":{"slug":{"eq":"trl-q"}}}""", (m, ts) => m.V(ts).All(t => t.Slug == "trl-q")),
        ["all slug in"] = ("""{"all":{"slug":{"in":["trl-q","trl-s"]}}}""", (m, ts) => m.V(ts).All(t => t.Slug is "trl-q" or "trl-s")),
        ["all description eq null"] = ("""{"all":{"description":{"eq":null}}}""", (m, ts) => m.V(ts).All(t => t.Description is null)),
        ["all description neq null"] = ("""{"all":{"description":{"neq":null}}}""", (m, ts) => m.V(ts).All(t => t.Description is not null)),
        ["all description eq text"] = ("""{"all":{"description":{"eq":"Trl beschrijving"}}}""", (m, ts) => m.V(ts).All(t => t.Description == "Trl beschrijving")),
        ["all description neq text"] = ("""{"all":{"description":{"neq":"Trl beschrijving"}}}""", (m, ts) => m.V(ts).All(t => t.Description != "Trl beschrijving")),
        ["all description contains"] = ("""{"all":{"description":{"contains":"beschrijving"}}}""",
            (m, ts) => m.V(ts).All(t => t.Description is not null && t.Description.Contains("beschrijving", StringComparison.OrdinalIgnoreCase))),
        ["some description neq text"] = ("""{"some":{"description":{"neq":"Trl beschrijving"}}}""", (m, ts) => m.V(ts).Any(t => t.Description != "Trl beschrijving")),
        ["none description eq null"] = ("""{"none":{"description":{"eq":null}}}""", (m, ts) => !m.V(ts).Any(t => t.Description is null)),
        ["any true"] = ("""{"any":true}""", (m, ts) => m.V(ts).Any()),
        ["any false"] = ("""{"any":false}""", (m, ts) => !m.V(ts).Any()),
        ["some empty"] = ("""{"some":{}}""", (m, ts) => m.V(ts).Any()),
        ["all empty"] = ("""{"all":{}}""", (m, ts) => true),
        ["none empty"] = ("""{"none":{}}""", (m, ts) => !m.V(ts).Any()),
        ["some and none"] = ("""{"some":{"slug":{"eq":"trl-q"}},"none":{"slug":{"eq":"trl-desc"}}}""",
            (m, ts) => m.V(ts).Any(t => t.Slug == "trl-q") && !m.V(ts).Any(t => t.Slug == "trl-desc")),
        ["some and all"] = ("""{"some":{"slug":{"eq":"trl-q"}},"all":{"parent":{"slug":{"eq":"trl-parent"}}}}""",
            (m, ts) => m.V(ts).Any(t => t.Slug == "trl-q") && m.V(ts).All(t => m.Visible(t.Parent) && t.Parent!.Slug == "trl-parent")),
        ["any true and all"] = ("""{"any":true,"all":{"description":{"eq":null}}}""", (m, ts) => m.V(ts).Any() && m.V(ts).All(t => t.Description is null)),
        ["some or inside"] = ("""{"some":{"or":[{"slug":{"eq":"trl-r"}},{"description":{"eq":"Trl beschrijving"}}]}}""",
            (m, ts) => m.V(ts).Any(t => t.Slug == "trl-r" || t.Description == "Trl beschrijving")),
        ["all or inside"] = ("""{"all":{"or":[{"slug":{"eq":"trl-q"}},{"description":{"eq":null}}]}}""",
            (m, ts) => m.V(ts).All(t => t.Slug == "trl-q" || t.Description is null)),
        ["some children"] = ("""{"some":{"children":{"some":{"slug":{"eq":"trl-r"}}}}}""",
            (m, ts) => m.V(ts).Any(t => m.V(m.Themes).Any(c => c.ParentId == t.Id && c.Slug == "trl-r"))),
        ["all parent null"] = ("""{"all":{"parent":{"slug":{"eq":null}}}}""",
            (m, ts) => m.V(ts).All(t => m.Visible(t.Parent) && t.Parent!.Slug is null)),
        ["some ideas title"] = ("""{"some":{"ideas":{"some":{"title":{"eq":"Trl idee 04"}}}}}""",
            (m, ts) => m.V(ts).Any(t => m.VisibleIdeas.Any(i => i.Title == "Trl idee 04" && i.Themes.Any(x => x.Id == t.Id)))),
        ["some ideas themes some (nested key array)"] = ("""{"some":{"ideas":{"some":{"themes":{"some":{"slug":{"eq":"trl-desc"}}}}}}}""",
            (m, ts) => m.V(ts).Any(t => m.VisibleIdeas.Any(i => i.Themes.Any(x => x.Id == t.Id) && m.V(i.Themes).Any(x => x.Slug == "trl-desc")))),
        ["some stories title"] = ("""{"some":{"stories":{"some":{"title":{"eq":"Trl verhaal 4"}}}}}""",
            (m, ts) => m.V(ts).Any(t => m.V(m.Stories).Any(s => s.Title == "Trl verhaal 4" && s.Themes.Any(x => x.Id == t.Id)))),
    };

    public static IEnumerable<object[]> CaseNames() => Cases.Keys.SelectMany(k => new[] { new object[] { k, false }, [k, true] });

    /// <summary>The item filter: the case under "themes", and a few combinations with or/and around it.</summary>
    private static IEnumerable<(string Label, string Where, Func<bool, bool> Combine)> Shapes(string themes) =>
    [
        ("plain", $$$"""{"themes":{{{themes}}}}""", x => x),
        ("or", $$$"""{"or":[{"themes":{{{themes}}}},{"title":{"eq":"Trl idee 12"}}, {"title":{"eq":"Trl verhaal 5"}}]}""", x => x),
        ("and any", $$$"""{"and":[{"themes":{{{themes}}}},{"themes":{"any":true}}]}""", x => x),
        ("not-or", $$$"""{"or":[{"themes":{{{themes}}}},{"themes":{{{themes}}}}]}""", x => x),
    ];

    private async Task<JsonObject> Post(string query, object variables, bool cms)
    {
        var response = await api.PostAsync(query, variables, cms ? Role.Editor : null);
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response;
    }

    private static string[] Titles(JsonNode? connection) =>
        connection!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();

    private static JsonNode And(string prefix, string where) => JsonNode.Parse($$$"""{"and":[{"title":{"startsWith":"{{{prefix}}}"}},{{{where}}}]}""")!;

    private static bool Extra(string shape, string title) => shape == "or" && title is "Trl idee 12" or "Trl verhaal 5";

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Root_ideas_and_stories_match_the_join_rows(string name, bool cms)
    {
        var truth = await TruthAsync(cms);
        var m = truth.Model;
        var (themes, expected) = Cases[name];
        foreach (var (shape, where, _) in Shapes(themes))
        {
            var wantIdeas = m.VisibleIdeas.Where(i => expected(m, truth.IdeaThemes[i.Id]) || Extra(shape, i.Title))
                .Where(i => shape != "and any" || m.V(truth.IdeaThemes[i.Id]).Any())
                .Select(i => i.Title).Order(StringComparer.Ordinal).ToArray();
            var wantStories = m.V(m.Stories).Where(s => expected(m, truth.StoryThemes[s.Id]) || Extra(shape, s.Title))
                .Where(s => shape != "and any" || m.V(truth.StoryThemes[s.Id]).Any())
                .Select(s => s.Title).Order(StringComparer.Ordinal).ToArray();
            var data = (await Post("""
                query($i: IdeaFilterInput, $s: StoryFilterInput) {
                  ideas(first: 50, where: $i) { totalCount nodes { title } }
                  stories(first: 50, where: $s) { totalCount nodes { title } } }
                """, new { i = And("Trl idee", where), s = And("Trl verhaal", where) }, cms))["data"]!;
            output.WriteLine($"{shape}: ideas {string.Join(", ", wantIdeas)} | stories {string.Join(", ", wantStories)}");
            Assert.True(wantIdeas.SequenceEqual(Titles(data["ideas"])), $"{shape} ideas: expected [{string.Join(", ", wantIdeas)}] got [{string.Join(", ", Titles(data["ideas"]))}]");
            Assert.Equal(wantIdeas.Length, data["ideas"]!["totalCount"]!.GetValue<int>());
            Assert.True(wantStories.SequenceEqual(Titles(data["stories"])), $"{shape} stories: expected [{string.Join(", ", wantStories)}] got [{string.Join(", ", Titles(data["stories"]))}]");
            Assert.Equal(wantStories.Length, data["stories"]!["totalCount"]!.GetValue<int>());
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Nested_lists_and_statistics_match_the_join_rows(string name, bool cms)
    {
        var truth = await TruthAsync(cms);
        var m = truth.Model;
        var (themes, expected) = Cases[name];
        bool IdeaOk(Domain.Ideas.Idea i) => expected(m, truth.IdeaThemes[i.Id]);
        bool StoryOk(Domain.Stories.Story s) => expected(m, truth.StoryThemes[s.Id]);
        var where = $$$"""{"themes":{{{themes}}}}""";
        var data = (await Post("""
            query($i: IdeaFilterInput, $s: StoryFilterInput, $ir: IdeaFilterInput, $sr: StoryFilterInput) {
              dialogue(slug: "trl-a") { ideas(first: 50, where: $i) { totalCount nodes { title } } stories(first: 50, where: $s) { totalCount nodes { title } } }
              dialogues(first: 20, where: { slug: { startsWith: "trl-" } }) { nodes { slug ideas(first: 50, where: $i) { totalCount nodes { title } } } }
              themes(first: 50, where: { slug: { startsWith: "trl-" } }) { nodes { slug ideas(first: 50, where: $i) { totalCount nodes { title } } stories(first: 50, where: $s) { totalCount nodes { title } } } }
              ideaStatistics(by: [], where: $ir) { count }
              storyStatistics(by: [], where: $sr) { count }
            }
            """, new { i = JsonNode.Parse(where), s = JsonNode.Parse(where), ir = And("Trl idee", where), sr = And("Trl verhaal", where) }, cms))["data"]!;

        var dA = m.Dialogues.Single(d => d.Slug == "trl-a");
        if (m.Visible(dA))
        {
            Assert.Equal(m.VisibleIdeas.Where(i => i.DialogueId == dA.Id && IdeaOk(i)).Select(i => i.Title).Order(StringComparer.Ordinal), Titles(data["dialogue"]!["ideas"]));
            Assert.Equal(m.V(m.Stories).Where(s => s.DialogueId == dA.Id && StoryOk(s)).Select(s => s.Title).Order(StringComparer.Ordinal), Titles(data["dialogue"]!["stories"]));
        }

        foreach (var node in data["dialogues"]!["nodes"]!.AsArray())
        {
            var slug = node!["slug"]!.GetValue<string>();
            var want = m.VisibleIdeas.Where(i => i.Dialogue!.Slug == slug && IdeaOk(i)).Select(i => i.Title).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(want, Titles(node["ideas"]));
            Assert.Equal(want.Length, node["ideas"]!["totalCount"]!.GetValue<int>());
        }

        foreach (var node in data["themes"]!["nodes"]!.AsArray())
        {
            var slug = node!["slug"]!.GetValue<string>();
            var want = m.VisibleIdeas.Where(i => truth.IdeaThemes[i.Id].Any(t => t.Slug == slug) && IdeaOk(i)).Select(i => i.Title).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(want, Titles(node["ideas"]));
            Assert.Equal(want.Length, node["ideas"]!["totalCount"]!.GetValue<int>());
            var wantStories = m.V(m.Stories).Where(s => truth.StoryThemes[s.Id].Any(t => t.Slug == slug) && StoryOk(s)).Select(s => s.Title).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(wantStories, Titles(node["stories"]));
        }

        Assert.Equal(m.VisibleIdeas.Count(IdeaOk), data["ideaStatistics"]!.AsArray().Sum(c => c!["count"]!.GetValue<int>()));
        Assert.Equal(m.V(m.Stories).Count(StoryOk), data["storyStatistics"]!.AsArray().Sum(c => c!["count"]!.GetValue<int>()));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Csv_exports_match_the_public_join_rows(string name, bool cms)
    {
        if (cms) return; // exports are public
        var truth = await TruthAsync(cms: false);
        var m = truth.Model;
        var (themes, expected) = Cases[name];
        var where = $$$"""{"themes":{{{themes}}}}""";
        using var client = api.CreateClient();
        foreach (var (path, prefix, want) in new[]
        {
            ("ideas", "Trl idee", m.VisibleIdeas.Where(i => expected(m, truth.IdeaThemes[i.Id])).Select(i => i.Title)),
            ("stories", "Trl verhaal", m.V(m.Stories).Where(s => expected(m, truth.StoryThemes[s.Id])).Select(s => s.Title)),
        })
        {
            var text = await client.GetStringAsync($"/export/{path}.csv?where=" + Uri.EscapeDataString(And(prefix, where).ToJsonString()));
            var records = Export.Rfc4180.Parse(text);
            var titleColumn = Array.IndexOf(records[0], "title");
            Assert.Equal(want.Order(StringComparer.Ordinal).ToArray(), records.Skip(1).Select(r => r[titleColumn]).Order(StringComparer.Ordinal).ToArray());
        }
    }

    [Fact]
    public async Task Key_arrays_equal_the_join_rows_in_the_seeded_and_test_data()
    {
        await using var db = api.Database.CreateContext();
        var drift = await KeyArrayDrift.CountAsync(db);
        Assert.Equal([0, 0], drift);
    }
}
