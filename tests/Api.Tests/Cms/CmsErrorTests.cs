using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>Every error type of the mutation conventions, and that a failed mutation changes nothing.</summary>
public class CmsErrorTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    private async Task<int> IdeaCount() => (await Api.PostAsync("{ ideas { totalCount } }", role: Role.Editor))["data"]!["ideas"]!["totalCount"]!.GetValue<int>();

    [Fact]
    public async Task Validation_errors_name_every_bad_field_and_nothing_is_written()
    {
        var before = await IdeaCount();
        var payload = await Mutate("createIdea", $$"""
            mutation { createIdea(input: { dialogueId: "VGhlbWU6MQ==", tableId: "bm9wZQ==", title: "   ", source: TABLE, supportCount: -1, description: "{{new string('x', 20_001)}}" }) { idea { id } {{Errors}} } }
            """);
        Assert.Null(payload["idea"]);
        var paths = payload["errors"]!.AsArray().Select(e => string.Join(".", e!["path"]!.AsArray().Select(p => p!.GetValue<string>()))).Order().ToArray();
        Assert.Equal(["input.description", "input.dialogueId", "input.supportCount", "input.tableId", "input.title"], paths);
        Assert.All(ErrorTypes(payload), t => Assert.Equal("ValidationError", t));
        Assert.Equal(before, await IdeaCount());
    }

    [Fact]
    public async Task A_period_may_not_end_before_it_starts_also_when_only_one_end_changes()
    {
        var reversed = await Mutate("createDialogue", $$"""
            mutation { createDialogue(input: { title: "Omgekeerd", slug: "omgekeerd", track: CITIZENS, phase: EXPLORATION,
                periodStart: "2021-06-01", periodEnd: "2021-05-01" }) { dialogue { id } {{Errors}} } }
            """);
        Assert.Equal(["ValidationError"], ErrorTypes(reversed));
        Assert.Equal("input.periodEnd", string.Join(".", reversed["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>())));

        var created = await Mutate("createDialogue", $$"""
            mutation { createDialogue(input: { title: "Op volgorde", slug: "op-volgorde", track: CITIZENS, phase: EXPLORATION,
                periodStart: "2021-05-01", periodEnd: "2021-06-01" }) { dialogue { id version } {{Errors}} } }
            """);
        Assert.Empty(ErrorTypes(created));
        var id = created["dialogue"]!["id"]!.GetValue<string>();
        var later = await Mutate("updateDialogue", $$"""
            mutation { updateDialogue(input: { id: "{{id}}", expectedVersion: 1, periodStart: "2021-07-01" }) { dialogue { id } {{Errors}} } }
            """);
        Assert.Equal(["ValidationError"], ErrorTypes(later));
        var open = await Mutate("updateDialogue", $$"""
            mutation { updateDialogue(input: { id: "{{id}}", expectedVersion: 1, periodEnd: null, periodStart: "2021-07-01" }) { dialogue { periodStart periodEnd } {{Errors}} } }
            """);
        Assert.Empty(ErrorTypes(open));
    }

    [Fact]
    public async Task An_idea_or_story_can_only_be_at_a_table_of_its_own_dialogue()
    {
        var tables = (await Api.PostAsync("{ tables(first: 50) { nodes { id dialogue { id } } } }", role: Role.Editor))["data"]!["tables"]!["nodes"]!.AsArray();
        var table = tables.First()!;
        var own = table["dialogue"]!["id"]!.GetValue<string>();
        var dialogues = (await Api.PostAsync("{ dialogues(first: 50) { nodes { id } } }", role: Role.Editor))["data"]!["dialogues"]!["nodes"]!.AsArray();
        var other = dialogues.Select(d => d!["id"]!.GetValue<string>()).First(d => d != own);
        var tableId = table["id"]!.GetValue<string>();

        const string create = """
            mutation($d: ID!, $t: ID!) { createIdea(input: { dialogueId: $d, tableId: $t, title: "Aan tafel", source: TABLE }) { idea { id } %ERRORS% } }
            """;
        var elsewhere = await Mutate("createIdea", create.Replace("%ERRORS%", Errors), new { d = other, t = tableId });
        Assert.Equal(["ValidationError"], ErrorTypes(elsewhere));
        Assert.Equal("input.tableId", string.Join(".", elsewhere["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>())));
        var story = await Mutate("createStory", """
            mutation($d: ID!, $t: ID!) { createStory(input: { dialogueId: $d, tableId: $t, kind: CONCERN, title: "Aan tafel" }) { story { id } errors { __typename } } }
            """, new { d = other, t = tableId });
        Assert.Equal(["ValidationError"], ErrorTypes(story));

        var here = await Mutate("createIdea", create.Replace("%ERRORS%", Errors), new { d = own, t = tableId });
        Assert.Empty(ErrorTypes(here));
        var moved = await Mutate("updateIdea", $$"""
            mutation($d: ID!) { updateIdea(input: { id: "{{here["idea"]!["id"]}}", expectedVersion: 1, dialogueId: $d }) { idea { id } {{Errors}} } }
            """, new { d = other });
        Assert.Equal(["ValidationError"], ErrorTypes(moved)); // its table stays behind in the old dialogue
    }

    [Fact]
    public async Task Slugs_are_checked_for_format_and_uniqueness()
    {
        var bad = await Mutate("createTheme", $$"""mutation { createTheme(input: { name: "Nieuw", slug: "Geen Slug!" }) { theme { id } {{Errors}} } }""", role: Role.Publisher);
        Assert.Equal(["ValidationError"], ErrorTypes(bad));
        var taken = await Mutate("createTheme", $$"""mutation { createTheme(input: { name: "Nog een gezondheid", slug: "gezondheid" }) { theme { id } {{Errors}} } }""", role: Role.Publisher);
        Assert.Contains("already used", taken["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Not_found_not_authorized_and_concurrency_errors()
    {
        var missing = await Mutate("updateIdea", $$"""mutation { updateIdea(input: { id: "SWRlYTo5OTk5OTk5", expectedVersion: 1, title: "x" }) { idea { id } {{Errors}} } }""");
        Assert.Equal(["NotFoundError"], ErrorTypes(missing));

        var theme = await Mutate("createTheme", $$"""mutation { createTheme(input: { name: "Alleen uitgevers", slug: "alleen-uitgevers" }) { theme { id } {{Errors}} } }""");
        Assert.Equal(["NotAuthorizedError"], ErrorTypes(theme));
        Assert.Equal("PUBLISHER", theme["errors"]![0]!["requiredRole"]!.GetValue<string>());

        var id = await CreateIdeaAsync("Versies");
        var stale = await Mutate("updateIdea", $$"""mutation { updateIdea(input: { id: "{{id}}", expectedVersion: 7, title: "x" }) { idea { id } {{Errors}} } }""");
        Assert.Equal(["ConcurrencyError"], ErrorTypes(stale));
        Assert.Equal(1, stale["errors"]![0]!["currentVersion"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_failure_halfway_through_a_mutation_leaves_the_database_unchanged()
    {
        var before = await IdeaCount();
        var audits = (await Api.PostAsync("{ auditLog { totalCount } }", role: Role.Admin))["data"]!["auditLog"]!["totalCount"]!.GetValue<int>();
        // The actor name does not fit the audit table: the idea row is inserted, then the audit insert fails.
        var response = await Api.PostAsync("""
            mutation($d: ID!) { createIdea(input: { dialogueId: $d, title: "Half geschreven", source: ONLINE }) { idea { id } } }
            """, new { d = (await Api.DataAsync("{ dialogue(slug: \"verkenningsdialogen-burgers\") { id } }"))["dialogue"]!["id"]!.GetValue<string>() },
            Role.Editor, actor: new string('a', 300));
        Assert.NotNull(response["errors"]);
        Assert.Equal(before, await IdeaCount());
        Assert.Equal(audits, (await Api.PostAsync("{ auditLog { totalCount } }", role: Role.Admin))["data"]!["auditLog"]!["totalCount"]!.GetValue<int>());
        await using var db = Api.Database.CreateContext();
        Assert.False(db.Ideas.Any(i => i.Title == "Half geschreven"));
    }
}
