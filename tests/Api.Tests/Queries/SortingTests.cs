using System.Text.Json.Nodes;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>The generic <c>order</c> argument with keyset cursors over the active order.</summary>
public class SortingTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => TestData.AddDialogueAsync(api.Database, "sort", ideas: 17);

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Where = "where: { dialogue: { slug: { eq: \"sort\" } } }";

    private async Task<JsonNode> Ideas(string arguments) =>
        (await api.DataAsync($"{{ ideas({Where}, {arguments}) {{ pageInfo {{ hasNextPage hasPreviousPage endCursor startCursor }} edges {{ cursor node {{ title supportCount costEstimate }} }} }} }}"))["ideas"]!;

    private static string[] Titles(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => e!["node"]!["title"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task Sorts_descending_with_the_id_as_tiebreaker_and_pages_through_every_item_both_ways()
    {
        var all = Titles(await Ideas("order: [{ supportCount: DESC }], first: 50"));
        var expected = Enumerable.Range(0, 17).OrderByDescending(i => i * 7 % 5).ThenBy(i => i).Select(i => $"Idee {i:D3}").ToArray();
        Assert.Equal(expected, all);

        var forward = new List<string>();
        string? after = null;
        do
        {
            var page = await Ideas($"order: [{{ supportCount: DESC }}], first: 4{(after is null ? "" : $", after: \"{after}\"")}");
            forward.AddRange(Titles(page));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        Assert.Equal(expected, forward);

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = await Ideas($"order: [{{ supportCount: DESC }}], last: 5{(before is null ? "" : $", before: \"{before}\"")}");
            backward.InsertRange(0, Titles(page));
            before = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? page["pageInfo"]!["startCursor"]!.GetValue<string>() : null;
        }
        while (before is not null);
        Assert.Equal(expected, backward);
    }

    [Fact]
    public async Task Sorts_on_nullable_values_and_several_keys()
    {
        var titles = Titles(await Ideas("order: [{ costEstimate: ASC }, { title: DESC }], first: 50"));
        var expected = Enumerable.Range(0, 17)
            .OrderBy(i => i % 3 == 0 ? -1m : i * 100m).ThenByDescending(i => i).Select(i => $"Idee {i:D3}").ToArray();
        Assert.Equal(expected, titles);
    }

    [Fact]
    public async Task Sorts_on_nested_references_and_pages_nested_connections_in_order()
    {
        var data = await api.DataAsync("""
            { dialogue(slug: "sort") { tables(order: [{ title: DESC }]) { nodes { title ideas(order: [{ supportCount: ASC }], first: 2) { nodes { supportCount } } } } } }
            """);
        var tables = data["dialogue"]!["tables"]!["nodes"]!.AsArray();
        Assert.Equal(["Tafel 3", "Tafel 2", "Tafel 1"], tables.Select(t => t!["title"]!.GetValue<string>()));
        foreach (var table in tables)
        {
            var support = table!["ideas"]!["nodes"]!.AsArray().Select(n => n!["supportCount"]!.GetValue<int>()).ToArray();
            Assert.Equal(support.Order(), support);
        }

        var byTable = Titles(await Ideas("order: [{ table: { title: DESC } }, { title: ASC }], first: 3"));
        Assert.Equal(["Idee 002", "Idee 005", "Idee 008"], byTable);
    }

    [Fact]
    public async Task A_cursor_of_another_order_is_rejected()
    {
        var cursor = (await Ideas("order: [{ supportCount: DESC }], first: 2"))["pageInfo"]!["endCursor"]!.GetValue<string>();
        var response = await api.ExecuteAsync($"{{ ideas(order: [{{ title: ASC }}], after: \"{cursor}\") {{ totalCount }} }}");
        Assert.Equal("PAGING_INVALID_CURSOR", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        response = await api.ExecuteAsync($"{{ ideas(after: \"{cursor}\") {{ totalCount }} }}");
        Assert.Equal("PAGING_INVALID_CURSOR", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sorting_keeps_the_statement_count()
    {
        await api.DataAsync("{ __typename }");
        using var counter = new SqlStatementCounter(api.Database.Name);
        await api.DataAsync("""
            { dialogues(order: [{ title: ASC }], first: 50) { nodes { tables(order: [{ date: DESC }]) { nodes { stories(order: [{ kind: ASC }, { title: ASC }]) { nodes { title } } } } } } }
            """);
        Assert.Equal(3, counter.Statements.Count);
    }

    [Fact]
    public async Task Ordering_by_a_required_reference_keeps_items_whose_target_was_deleted()
    {
        // EF Core would INNER JOIN the dialogue under its soft-delete filter and drop the idea;
        // the key is a subquery instead (QueryRoots), NULL for a deleted dialogue.
        await using (var db = api.Database.CreateContext())
        {
            var gone = new Domain.Dialogues.Dialogue
            {
                Title = "Verwijderd", Slug = "sort-deleted", Track = Domain.Dialogues.DialogueTrack.Local,
                Status = Domain.Common.PublicationStatus.Published, DeletedAt = DateTimeOffset.UtcNow,
            };
            db.Add(new Domain.Ideas.Idea { Dialogue = gone, Title = "Wees-idee", Status = Domain.Common.PublicationStatus.Published });
            await db.SaveChangesAsync();
        }

        using var counter = new SqlStatementCounter(api.Database.Name);
        var data = await api.DataAsync("""{ ideas(where: { title: { eq: "Wees-idee" } }, order: [{ dialogue: { title: ASC } }]) { totalCount nodes { title } } }""");
        Assert.Equal(1, data["ideas"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Wees-idee", data["ideas"]!["nodes"]![0]!["title"]!.GetValue<string>());
        Assert.All(counter.Statements, sql => Assert.DoesNotContain("INNER JOIN", sql));
    }
}
