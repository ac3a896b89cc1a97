using System.Text.Json.Nodes;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>
/// Editing a published item changes nothing the public can read until it is published again: the
/// public <c>version</c> and <c>updatedAt</c>, the item's place in an order by <c>updatedAt</c>, its
/// cursor and its export row stay those of the published content; the CMS still sees (and checks
/// <c>expectedVersion</c> against) a version that moves on every save.
/// </summary>
public class CmsPublicVersionTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    private const string Title = "Publieke versie blijft staan";

    [Fact]
    public async Task A_pending_draft_and_its_review_request_do_not_change_what_the_public_reads()
    {
        var older = await CreateIdeaAsync(Title + " A");
        var newer = await CreateIdeaAsync(Title + " B");
        await PublishAsync(older, 1);
        await PublishAsync(newer, 1);

        var before = await PublicViewAsync(older);
        Assert.Equal([newer, older], before.Order);

        // a draft edit and a review request: the CMS version moves on every save (3, then 4)
        var updated = await Mutate("updateIdea", $$"""mutation { updateIdea(input: { id: "{{older}}", expectedVersion: 2, title: "{{Title}} A, herzien" }) { idea { version } {{Errors}} } }""");
        Assert.Empty(ErrorTypes(updated));
        Assert.Equal(3, updated["idea"]!["version"]!.GetValue<int>());
        var stale = await Mutate("updateIdea", $$"""mutation { updateIdea(input: { id: "{{older}}", expectedVersion: 2, title: "{{Title}} A, gelijktijdig" }) { idea { version } {{Errors}} } }""");
        Assert.Equal(["ConcurrencyError"], ErrorTypes(stale));
        Assert.Equal(3, stale["errors"]![0]!["currentVersion"]!.GetValue<int>());
        var submitted = await Mutate("submitForReviewIdea", $$"""mutation { submitForReviewIdea(input: { id: "{{older}}", expectedVersion: 3 }) { idea { version } {{Errors}} } }""");
        Assert.Empty(ErrorTypes(submitted));
        Assert.Equal(4, submitted["idea"]!["version"]!.GetValue<int>());
        var cms = (await Api.PostAsync($$"""{ node(id: "{{older}}") { ... on Idea { version updatedAt } } }""", role: Role.Editor))["data"]!["node"]!;
        Assert.Equal(4, cms["version"]!.GetValue<int>());
        Assert.NotEqual(before.UpdatedAt, cms["updatedAt"]!.GetValue<string>());

        var pending = await PublicViewAsync(older);
        Assert.Equal(before.Version, pending.Version);
        Assert.Equal(before.UpdatedAt, pending.UpdatedAt);
        Assert.Equal(before.Order, pending.Order);
        Assert.Equal(before.Cursor, pending.Cursor);
        Assert.Equal(before.ExportRow, pending.ExportRow);
        Assert.Equal(before.MatchedByUpdatedAt, pending.MatchedByUpdatedAt);

        // publishing the draft changes the public content, and with it its version and timestamp
        await PublishAsync(older, 4);
        var published = await PublicViewAsync(older);
        Assert.Equal(before.Version + 1, published.Version);
        Assert.NotEqual(before.UpdatedAt, published.UpdatedAt);
        Assert.Equal([older, newer], published.Order);
        Assert.NotEqual(before.Cursor, published.Cursor);
        Assert.NotEqual(before.ExportRow, published.ExportRow);
        Assert.Contains("herzien", published.ExportRow);
    }

    private async Task PublishAsync(string id, int expectedVersion)
    {
        var payload = await Mutate("publishIdea", $$"""mutation { publishIdea(input: { id: "{{id}}", expectedVersion: {{expectedVersion}} }) { idea { id } {{Errors}} } }""", role: Role.Publisher);
        Assert.Empty(ErrorTypes(payload));
    }

    private sealed record PublicView(int Version, string UpdatedAt, string[] Order, string Cursor, string ExportRow, bool MatchedByUpdatedAt);

    // What an anonymous caller reads of the idea: node fields, the order by updatedAt (newest first)
    // of this test's ideas, the idea's cursor in it, its export row, and whether its published updatedAt still filters it.
    private async Task<PublicView> PublicViewAsync(string id)
    {
        var node = (await Api.DataAsync($$"""{ node(id: "{{id}}") { ... on Idea { version updatedAt } } }"""))["node"]!;
        var updatedAt = node["updatedAt"]!.GetValue<string>();
        var list = (await Api.DataAsync($$"""
            { ideas(where: { title: { startsWith: "{{Title}}" } }, order: [{ updatedAt: DESC }]) { edges { cursor node { id } } } }
            """))["ideas"]!["edges"]!.AsArray();
        var matched = (await Api.DataAsync($$"""
            { ideas(where: { title: { startsWith: "{{Title}}" }, updatedAt: { eq: "{{updatedAt}}" } }) { nodes { id } } }
            """))["ideas"]!["nodes"]!.AsArray().Any(n => n!["id"]!.GetValue<string>() == id);
        using var client = Api.CreateClient();
        var export = await client.GetStringAsync("/export/ideas.jsonl?where=" + Uri.EscapeDataString($$$"""{"title":{"startsWith":"{{{Title}}}"}}"""));
        var row = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single(line => JsonNode.Parse(line)!["id"]!.GetValue<string>() == id);
        return new PublicView(
            node["version"]!.GetValue<int>(),
            updatedAt,
            list.Select(e => e!["node"]!["id"]!.GetValue<string>()).ToArray(),
            list.Single(e => e!["node"]!["id"]!.GetValue<string>() == id)!["cursor"]!.GetValue<string>(),
            row,
            matched);
    }
}
