using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>No lost updates, revisions and restore, soft delete, audit trail, links and merges.</summary>
public class CmsHistoryTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Of_many_concurrent_conflicting_edits_exactly_one_wins_and_none_is_lost()
    {
        var id = await CreateIdeaAsync("Wedloop");
        var attempts = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Mutate("updateIdea",
            $$"""mutation { updateIdea(input: { id: "{{id}}", expectedVersion: 1, title: "Versie {{i}}" }) { idea { title version } {{Errors}} } }""",
            actor: $"editor-{i}")));
        var winners = attempts.Where(a => a["idea"] is not null).ToArray();
        var winner = Assert.Single(winners);
        Assert.All(attempts.Where(a => a["idea"] is null), a => Assert.Equal(["ConcurrencyError"], ErrorTypes(a)));
        Assert.Equal(2, winner["idea"]!["version"]!.GetValue<int>());

        // pairs of edits in sequence: each pair has exactly one winner, and every winner's change is kept
        for (var version = 2; version < 6; version++)
        {
            var pair = await Task.WhenAll(new[] { "A", "B" }.Select(side => Mutate("updateIdea",
                $$"""mutation { updateIdea(input: { id: "{{id}}", expectedVersion: {{version}}, description: "{{side}}{{version}}" }) { idea { version description } {{Errors}} } }""")));
            Assert.Single(pair, p => p["idea"] is not null);
            var kept = pair.Single(p => p["idea"] is not null)["idea"]!["description"]!.GetValue<string>();
            var node = await Api.PostAsync($$"""{ node(id: "{{id}}") { ... on Idea { description version } } }""", role: Role.Editor);
            Assert.Equal(kept, node["data"]!["node"]!["description"]!.GetValue<string>());
            Assert.Equal(version + 1, node["data"]!["node"]!["version"]!.GetValue<int>());
        }

        var audit = await Api.PostAsync($$"""{ auditLog(where: { operation: { eq: "update" }, entityType: { eq: "Idea" } }, first: 50) { nodes { entityId changedFields } } }""", role: Role.Admin);
        Assert.Equal(5, audit["data"]!["auditLog"]!["nodes"]!.AsArray().Count(n => n!["entityId"]!.GetValue<string>() == id));
    }

    [Fact]
    public async Task Every_save_is_a_revision_and_a_revision_comes_back_as_a_new_draft()
    {
        var id = await CreateIdeaAsync("Eerste titel");
        await Mutate("updateIdea", $$"""mutation { updateIdea(input: { id: "{{id}}", expectedVersion: 1, title: "Tweede titel" }) { {{Errors}} } }""");
        await Mutate("publishIdea", $$"""mutation { publishIdea(input: { id: "{{id}}", expectedVersion: 2 }) { {{Errors}} } }""", role: Role.Publisher);
        var revisions = (await Api.PostAsync($$"""{ node(id: "{{id}}") { ... on Idea { revisions { number operation actor role content } } } }""", role: Role.Editor))["data"]!["node"]!["revisions"]!.AsArray();
        Assert.Equal([2, 1], revisions.Select(r => r!["number"]!.GetValue<int>()));
        Assert.Contains("Eerste titel", revisions[1]!["content"]!.GetValue<string>());

        var restored = await Mutate("restoreRevision", $$"""mutation { restoreRevision(input: { id: "{{id}}", expectedVersion: 3, revision: 1 }) { node { ... on Idea { title draft { title } } } {{Errors}} } }""");
        Assert.Equal("Tweede titel", restored["node"]!["title"]!.GetValue<string>()); // the public version stays
        Assert.Equal("Eerste titel", restored["node"]!["draft"]!["title"]!.GetValue<string>());
        var missing = await Mutate("restoreRevision", $$"""mutation { restoreRevision(input: { id: "{{id}}", expectedVersion: 4, revision: 99 }) { {{Errors}} } }""");
        Assert.Equal(["NotFoundError"], ErrorTypes(missing));
    }

    [Fact]
    public async Task Deletes_are_soft_and_restorable_and_deleting_published_content_needs_a_publisher()
    {
        var id = await CreateIdeaAsync("Weg en terug");
        await Mutate("publishIdea", $$"""mutation { publishIdea(input: { id: "{{id}}", expectedVersion: 1 }) { {{Errors}} } }""", role: Role.Publisher);
        var denied = await Mutate("deleteIdea", $$"""mutation { deleteIdea(input: { id: "{{id}}" }) { {{Errors}} } }""");
        Assert.Equal(["NotAuthorizedError"], ErrorTypes(denied));
        Assert.Empty(ErrorTypes(await Mutate("deleteIdea", $$"""mutation { deleteIdea(input: { id: "{{id}}" }) { {{Errors}} } }""", role: Role.Publisher)));
        Assert.Null((await Api.PostAsync($$"""{ node(id: "{{id}}") { id } }""", role: Role.Editor))["data"]!["node"]);
        await using (var db = Api.Database.CreateContext())
            Assert.True(Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.Ideas).Any(i => i.Title == "Weg en terug"));
        Assert.Empty(ErrorTypes(await Mutate("restoreIdea", $$"""mutation { restoreIdea(input: { id: "{{id}}" }) { {{Errors}} } }""", role: Role.Publisher)));
        Assert.NotNull((await Api.PostAsync($$"""{ node(id: "{{id}}") { id } }"""))["data"]!["node"]);
    }

    [Fact]
    public async Task Themes_are_assigned_and_merged_with_an_alias_kept()
    {
        var groen = await CreateThemeAsync("Groen", "groen-test");
        var meerGroen = await CreateThemeAsync("Meer groen", "meer-groen-test");
        var idea = await CreateIdeaAsync("Geveltuinen");
        var assigned = await Mutate("assignThemes", $$"""mutation { assignThemes(input: { id: "{{idea}}", themeIds: ["{{meerGroen}}", "{{groen}}"] }) { node { ... on Idea { themes { name } version } } {{Errors}} } }""");
        Assert.Equal(2, assigned["node"]!["themes"]!.AsArray().Count);
        const string audits = "{ auditLog(first: 1, where: { operation: { eq: \"assignThemes\" } }) { totalCount } }";
        var auditCount = (await Api.PostAsync(audits, role: Role.Admin))["data"]!["auditLog"]!["totalCount"]!.GetValue<int>();
        var again = await Mutate("assignThemes", $$"""mutation { assignThemes(input: { id: "{{idea}}", themeIds: ["{{groen}}"] }) { node { ... on Idea { version } } {{Errors}} } }""");
        Assert.Equal(assigned["node"]!["version"]!.GetValue<int>(), again["node"]!["version"]!.GetValue<int>()); // nothing changed: no new version
        Assert.Equal(auditCount, (await Api.PostAsync(audits, role: Role.Admin))["data"]!["auditLog"]!["totalCount"]!.GetValue<int>());
        var bad = await Mutate("assignThemes", $$"""mutation { assignThemes(input: { id: "{{idea}}", themeIds: ["{{idea}}"] }) { {{Errors}} } }""");
        Assert.Equal(["ValidationError"], ErrorTypes(bad));

        var merged = await Mutate("mergeThemes", $$"""mutation { mergeThemes(input: { sourceId: "{{meerGroen}}", targetId: "{{groen}}" }) { theme { name ideas { totalCount } } {{Errors}} } }""", role: Role.Publisher);
        Assert.Empty(ErrorTypes(merged));
        Assert.Equal(1, merged["theme"]!["ideas"]!["totalCount"]!.GetValue<int>());
        Assert.Null((await Api.PostAsync($$"""{ node(id: "{{meerGroen}}") { id } }""", role: Role.Editor))["data"]!["node"]);
        await using var db = Api.Database.CreateContext();
        Assert.Contains(db.ThemeAliases.Select(a => a.Label).ToList(), l => l == "Meer groen");
    }
}
