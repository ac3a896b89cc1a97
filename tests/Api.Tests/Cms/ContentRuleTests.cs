using System.Text.Json.Nodes;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>
/// The content rules of the Domain (<c>ContentRules</c>, the limits on the entities) as the CMS
/// reports them: a <c>ValidationError</c> at <c>["input", field]</c> with a fixed message, and
/// nothing written — no new item, no new version, no changed field.
/// </summary>
public class ContentRuleTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    private const string TableMessage = "`tableId` must be a table of the dialogue (`dialogueId`).";
    private const string PeriodMessage = "`periodEnd` may not be before periodStart.";
    private const string Problems = "errors { __typename ... on ValidationError { path message } }";

    [Fact]
    public async Task An_idea_is_refused_a_table_of_another_dialogue_on_create_and_update()
    {
        var (table, own, other) = await TableAndDialoguesAsync();
        var before = await CountAsync("ideas");

        var created = await Mutate("createIdea", $$"""
            mutation($d: ID!, $t: ID!) { createIdea(input: { dialogueId: $d, tableId: $t, title: "Aan een vreemde tafel", source: TABLE }) { idea { id } {{Problems}} } }
            """, new { d = other, t = table });
        AssertRefused(created, "idea", "input.tableId", TableMessage);
        Assert.Equal(before, await CountAsync("ideas"));

        // update: a table of another dialogue for an idea without one
        var loose = await CreateAsync("createIdea", "idea", """
            mutation($d: ID!) { createIdea(input: { dialogueId: $d, title: "Nog zonder tafel", source: TABLE }) { idea { id } errors { __typename } } }
            """, new { d = other });
        var atTable = await Mutate("updateIdea", $$"""
            mutation($id: ID!, $t: ID!) { updateIdea(input: { id: $id, expectedVersion: 1, tableId: $t }) { idea { id } {{Problems}} } }
            """, new { id = loose, t = table });
        AssertRefused(atTable, "idea", "input.tableId", TableMessage);
        await AssertUnchangedAsync(loose, "Idea", other, tableId: null);

        // update: another dialogue for an idea at a table (the table stays behind)
        var seated = await CreateAsync("createIdea", "idea", """
            mutation($d: ID!, $t: ID!) { createIdea(input: { dialogueId: $d, tableId: $t, title: "Aan de eigen tafel", source: TABLE }) { idea { id } errors { __typename } } }
            """, new { d = own, t = table });
        var moved = await Mutate("updateIdea", $$"""
            mutation($id: ID!, $d: ID!) { updateIdea(input: { id: $id, expectedVersion: 1, dialogueId: $d }) { idea { id } {{Problems}} } }
            """, new { id = seated, d = other });
        AssertRefused(moved, "idea", "input.tableId", TableMessage);
        await AssertUnchangedAsync(seated, "Idea", own, table);
    }

    [Fact]
    public async Task A_story_is_refused_a_table_of_another_dialogue_on_create_and_update()
    {
        var (table, own, other) = await TableAndDialoguesAsync();
        var before = await CountAsync("stories");

        var created = await Mutate("createStory", $$"""
            mutation($d: ID!, $t: ID!) { createStory(input: { dialogueId: $d, tableId: $t, kind: CONCERN, title: "Aan een vreemde tafel" }) { story { id } {{Problems}} } }
            """, new { d = other, t = table });
        AssertRefused(created, "story", "input.tableId", TableMessage);
        Assert.Equal(before, await CountAsync("stories"));

        var loose = await CreateAsync("createStory", "story", """
            mutation($d: ID!) { createStory(input: { dialogueId: $d, kind: OPPORTUNITY, title: "Nog zonder tafel" }) { story { id } errors { __typename } } }
            """, new { d = other });
        var atTable = await Mutate("updateStory", $$"""
            mutation($id: ID!, $t: ID!) { updateStory(input: { id: $id, expectedVersion: 1, tableId: $t }) { story { id } {{Problems}} } }
            """, new { id = loose, t = table });
        AssertRefused(atTable, "story", "input.tableId", TableMessage);
        await AssertUnchangedAsync(loose, "Story", other, tableId: null);

        var seated = await CreateAsync("createStory", "story", """
            mutation($d: ID!, $t: ID!) { createStory(input: { dialogueId: $d, tableId: $t, kind: CONCERN, title: "Aan de eigen tafel" }) { story { id } errors { __typename } } }
            """, new { d = own, t = table });
        var moved = await Mutate("updateStory", $$"""
            mutation($id: ID!, $d: ID!) { updateStory(input: { id: $id, expectedVersion: 1, dialogueId: $d }) { story { id } {{Problems}} } }
            """, new { id = seated, d = other });
        AssertRefused(moved, "story", "input.tableId", TableMessage);
        await AssertUnchangedAsync(seated, "Story", own, table);
    }

    [Fact]
    public async Task A_dialogue_period_may_not_end_before_it_starts_on_create_and_update()
    {
        var reversed = await Mutate("createDialogue", $$"""
            mutation { createDialogue(input: { title: "Achterstevoren", slug: "achterstevoren", track: CITIZENS, phase: EXPLORATION,
                periodStart: "2021-06-01", periodEnd: "2021-05-31" }) { dialogue { id } {{Problems}} } }
            """);
        AssertRefused(reversed, "dialogue", "input.periodEnd", PeriodMessage);
        Assert.Null((await Api.PostAsync("""{ dialogue(slug: "achterstevoren") { id } }""", role: Role.Editor))["data"]!["dialogue"]);

        var id = await CreateAsync("createDialogue", "dialogue", """
            mutation { createDialogue(input: { title: "Een dag", slug: "een-dag", track: CITIZENS, phase: EXPLORATION,
                periodStart: "2021-06-01", periodEnd: "2021-06-01" }) { dialogue { id } errors { __typename } } }
            """);
        var earlier = await Mutate("updateDialogue", $$"""
            mutation($id: ID!) { updateDialogue(input: { id: $id, expectedVersion: 1, periodEnd: "2021-05-31" }) { dialogue { id } {{Problems}} } }
            """, new { id });
        AssertRefused(earlier, "dialogue", "input.periodEnd", PeriodMessage);
        var stored = await NodeAsync(id, "... on Dialogue { version periodStart periodEnd }");
        Assert.Equal(1, stored["version"]!.GetValue<int>());
        Assert.Equal("2021-06-01", stored["periodEnd"]!.GetValue<string>());
    }

    [Fact]
    public async Task Counts_and_costs_may_not_be_negative()
    {
        var dialogue = (await Api.DataAsync("{ dialogue(slug: \"verkenningsdialogen-burgers\") { id } }"))["dialogue"]!["id"]!.GetValue<string>();
        var before = await CountAsync("ideas");
        var idea = await Mutate("createIdea", $$"""
            mutation($d: ID!) { createIdea(input: { dialogueId: $d, title: "Negatief", source: ONLINE, supportCount: -1, costEstimate: -0.01 }) { idea { id } {{Problems}} } }
            """, new { d = dialogue });
        Assert.Null(idea["idea"]);
        Assert.Equal(
            [("input.costEstimate", "`costEstimate` must be at least 0."), ("input.supportCount", "`supportCount` must be at least 0.")],
            Violations(idea).Order().ToArray());
        Assert.Equal(before, await CountAsync("ideas"));

        var table = await Mutate("createTable", $$"""
            mutation($d: ID!) { createTable(input: { dialogueId: $d, title: "Lege tafel", format: ONLINE, participantCount: -1 }) { table { id } {{Problems}} } }
            """, new { d = dialogue });
        AssertRefused(table, "table", "input.participantCount", "`participantCount` must be at least 0.");

        var zero = await Mutate("createIdea", $$"""
            mutation($d: ID!) { createIdea(input: { dialogueId: $d, title: "Gratis", source: ONLINE, supportCount: 0, costEstimate: 0 }) { idea { id } {{Problems}} } }
            """, new { d = dialogue });
        Assert.Empty(ErrorTypes(zero));
    }

    [Fact]
    public async Task Texts_may_not_be_longer_than_the_Domain_limits()
    {
        var dialogue = (await Api.DataAsync("{ dialogue(slug: \"verkenningsdialogen-burgers\") { id } }"))["dialogue"]!["id"]!.GetValue<string>();
        var ideas = await CountAsync("ideas");
        var idea = await Mutate("createIdea", $$"""
            mutation($d: ID!, $x: String!) { createIdea(input: { dialogueId: $d, title: "Lang", source: ONLINE, description: $x }) { idea { id } {{Problems}} } }
            """, new { d = dialogue, x = new string('x', Idea.DescriptionMaxLength + 1) });
        AssertRefused(idea, "idea", "input.description", "`description` may be at most 20000 characters; it has 20001.");
        Assert.Equal(ideas, await CountAsync("ideas"));

        var stories = await CountAsync("stories");
        var story = await Mutate("createStory", $$"""
            mutation($d: ID!, $x: String!) { createStory(input: { dialogueId: $d, kind: CONCERN, title: "Lang", body: $x }) { story { id } {{Problems}} } }
            """, new { d = dialogue, x = new string('x', Story.BodyMaxLength + 1) });
        AssertRefused(story, "story", "input.body", "`body` may be at most 20000 characters; it has 20001.");
        Assert.Equal(stories, await CountAsync("stories"));

        var organiser = await Mutate("createDialogue", $$"""
            mutation($x: String!) { createDialogue(input: { title: "Lange organisator", slug: "lange-organisator", track: CITIZENS, phase: EXPLORATION,
                organiser: $x }) { dialogue { id } {{Problems}} } }
            """, new { x = new string('x', Dialogue.OrganiserMaxLength + 1) });
        AssertRefused(organiser, "dialogue", "input.organiser", "`organiser` may be at most 200 characters; it has 201.");
        Assert.Null((await Api.PostAsync("""{ dialogue(slug: "lange-organisator") { id } }""", role: Role.Editor))["data"]!["dialogue"]);

        // exactly at the limit is fine
        var full = await Mutate("createStory", $$"""
            mutation($d: ID!, $x: String!) { createStory(input: { dialogueId: $d, kind: CONCERN, title: "Precies vol", body: $x }) { story { id } {{Problems}} } }
            """, new { d = dialogue, x = new string('x', Story.BodyMaxLength) });
        Assert.Empty(ErrorTypes(full));
    }

    /// <summary>A table of the seed, its dialogue and another dialogue.</summary>
    private async Task<(string Table, string Own, string Other)> TableAndDialoguesAsync()
    {
        var table = (await Api.DataAsync("{ tables(first: 1) { nodes { id dialogue { id } } } }"))["tables"]!["nodes"]![0]!;
        var own = table["dialogue"]!["id"]!.GetValue<string>();
        var dialogues = (await Api.DataAsync("{ dialogues(first: 50) { nodes { id } } }"))["dialogues"]!["nodes"]!.AsArray();
        var other = dialogues.Select(d => d!["id"]!.GetValue<string>()).First(d => d != own);
        return (table["id"]!.GetValue<string>(), own, other);
    }

    /// <summary>Runs a create mutation that must succeed and returns the new item's id.</summary>
    private async Task<string> CreateAsync(string mutation, string item, string document, object? variables = null)
    {
        var payload = await Mutate(mutation, document, variables);
        Assert.Empty(ErrorTypes(payload));
        return payload[item]!["id"]!.GetValue<string>();
    }

    private async Task<int> CountAsync(string list) =>
        (await Api.PostAsync($"{{ {list} {{ totalCount }} }}", role: Role.Editor))["data"]![list]!["totalCount"]!.GetValue<int>();

    private async Task<JsonNode> NodeAsync(string id, string selection) =>
        (await Api.PostAsync($$"""{ node(id: "{{id}}") { {{selection}} } }""", role: Role.Editor))["data"]!["node"]!;

    /// <summary>The refused update wrote nothing: still version 1, in its dialogue, at its table.</summary>
    private async Task AssertUnchangedAsync(string id, string type, string dialogueId, string? tableId)
    {
        var stored = await NodeAsync(id, $"... on {type} {{ version dialogue {{ id }} table {{ id }} }}");
        Assert.Equal(1, stored["version"]!.GetValue<int>());
        Assert.Equal(dialogueId, stored["dialogue"]!["id"]!.GetValue<string>());
        Assert.Equal(tableId, stored["table"]?["id"]?.GetValue<string>());
    }

    /// <summary>The payload has no item and exactly one ValidationError, at <paramref name="path"/> saying <paramref name="message"/>.</summary>
    private static void AssertRefused(JsonNode payload, string item, string path, string message)
    {
        Assert.Null(payload[item]);
        Assert.Equal(["ValidationError"], ErrorTypes(payload));
        Assert.Equal([(path, message)], Violations(payload));
    }

    private static (string Path, string Message)[] Violations(JsonNode payload) =>
        payload["errors"]!.AsArray()
            .Select(e => (string.Join(".", e!["path"]!.AsArray().Select(p => p!.GetValue<string>())), e["message"]!.GetValue<string>()))
            .ToArray();
}
