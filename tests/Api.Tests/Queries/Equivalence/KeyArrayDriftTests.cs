using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Cms;
using Dialoogtafels.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dialoogtafels.Api.Tests.Queries.Equivalence;

/// <summary>
/// ideas/stories.theme_ids must equal their join rows after every write: CMS mutations in sequence,
/// and two transactions that change the links of the same idea at the same time (as mergeThemes,
/// which does not touch the idea's version, and assignThemes can).
/// </summary>
public class KeyArrayDriftTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    private async Task<int[]> DriftAsync(string ideaTitles)
    {
        await using var db = Api.Database.CreateContext();
        return await KeyArrayDrift.CountAsync(db, ideaTitles);
    }

    private async Task<int> CountAsync(string themes, string title) =>
        (await Api.PostAsync($$"""{ ideas(where: { title: { eq: "{{title}}" }, themes: { {{themes}} } }) { totalCount } }""", role: Role.Editor))
            ["data"]!["ideas"]!["totalCount"]!.GetValue<int>();

    [Fact]
    public async Task Mutation_sequences_keep_the_arrays_equal_to_the_join_rows()
    {
        var a = await CreateThemeAsync("Drift A", "drift-a");
        var b = await CreateThemeAsync("Drift B", "drift-b");
        var c = await CreateThemeAsync("Drift C", "drift-c");
        var idea = await CreateIdeaAsync("Drift idee");
        await Mutate("assignThemes", $$"""mutation { assignThemes(input: { id: "{{idea}}", themeIds: ["{{a}}", "{{b}}", "{{c}}"] }) { {{Errors}} } }""");
        Assert.Equal(new[] { 0, 0 }, await DriftAsync("Drift%"));
        // merge where the idea already has the target: the source link is only deleted.
        Assert.Empty(ErrorTypes(await Mutate("mergeThemes", $$"""mutation { mergeThemes(input: { sourceId: "{{a}}", targetId: "{{b}}" }) { {{Errors}} } }""", role: Role.Publisher)));
        Assert.Equal(new[] { 0, 0 }, await DriftAsync("Drift%"));
        Assert.Equal(1, await CountAsync("all: { slug: { in: [\"drift-b\", \"drift-c\"] } }", "Drift idee"));
        Assert.Equal(0, await CountAsync("some: { slug: { eq: \"drift-a\" } }", "Drift idee"));
        await Mutate("unassignThemes", $$"""mutation { unassignThemes(input: { id: "{{idea}}", themeIds: ["{{b}}", "{{c}}"] }) { {{Errors}} } }""");
        Assert.Equal(new[] { 0, 0 }, await DriftAsync("Drift%"));
        Assert.Equal(1, await CountAsync("any: false", "Drift idee"));
        // unassigning what is not assigned, and assigning twice
        await Mutate("unassignThemes", $$"""mutation { unassignThemes(input: { id: "{{idea}}", themeIds: ["{{b}}"] }) { {{Errors}} } }""");
        await Mutate("assignThemes", $$"""mutation { assignThemes(input: { id: "{{idea}}", themeIds: ["{{c}}", "{{c}}"] }) { {{Errors}} } }""");
        Assert.Equal(new[] { 0, 0 }, await DriftAsync("Drift%"));
        Assert.Equal(1, await CountAsync("all: { slug: { eq: \"drift-c\" } }", "Drift idee"));
        // delete the idea's only theme (soft): the link stays, the filter stops seeing it.
        Assert.Empty(ErrorTypes(await Mutate("deleteTheme", $$"""mutation { deleteTheme(input: { id: "{{c}}" }) { {{Errors}} } }""", role: Role.Publisher)));
        Assert.Equal(new[] { 0, 0 }, await DriftAsync("Drift%"));
        Assert.Equal(1, await CountAsync("any: false", "Drift idee"));
        Assert.Equal(1, await CountAsync("all: { slug: { eq: \"nothing\" } }", "Drift idee"));
    }

    /// <summary>
    /// Transaction 1 adds a link to an idea and has not committed yet (its trigger has updated the
    /// idea's row); transaction 2 removes another link of the same idea (as mergeThemes does when the
    /// idea already has the target). Transaction 2's trigger waits for the row lock and then writes
    /// the array it computed from a snapshot taken before transaction 1 committed: the link of
    /// transaction 1 is missing from theme_ids, and <c>themes: { some: ... }</c> no longer finds it.
    /// </summary>
    [Fact]
    public async Task Concurrent_link_changes_on_one_idea_do_not_lose_a_key()
    {
        var t1 = await CreateThemeAsync("Race een", "race-een");
        var t2 = await CreateThemeAsync("Race twee", "race-twee");
        var t3 = await CreateThemeAsync("Race drie", "race-drie");
        var idea = await CreateIdeaAsync("Race idee");
        await Mutate("assignThemes", $$"""mutation { assignThemes(input: { id: "{{idea}}", themeIds: ["{{t2}}", "{{t3}}"] }) { {{Errors}} } }""");
        int Key(string id) => int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(id)).Split(':')[1]);
        var (ideaId, one, two) = (Key(idea), Key(t1), Key(t2));

        await using var first = new NpgsqlConnection(Api.Database.ConnectionString);
        await using var second = new NpgsqlConnection(Api.Database.ConnectionString);
        await first.OpenAsync();
        await second.OpenAsync();
        await using var tx1 = await first.BeginTransactionAsync();
        await using (var add = new NpgsqlCommand($"INSERT INTO idea_themes (idea_id, theme_id) VALUES ({ideaId}, {one})", first, tx1)) await add.ExecuteNonQueryAsync();

        var pid = await new NpgsqlCommand("SELECT pg_backend_pid()", second).ExecuteScalarAsync();
        var remove = Task.Run(async () =>
        {
            await using var tx2 = await second.BeginTransactionAsync();
            await using (var delete = new NpgsqlCommand($"DELETE FROM idea_themes WHERE idea_id = {ideaId} AND theme_id = {two}", second, tx2)) await delete.ExecuteNonQueryAsync();
            await tx2.CommitAsync();
        });

        // Wait until transaction 2 waits for transaction 1's lock on the idea's row.
        await using (var watcher = new NpgsqlConnection(Api.Database.ConnectionString))
        {
            await watcher.OpenAsync();
            for (var i = 0; i < 200; i++)
            {
                await using var check = new NpgsqlCommand($"SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = {pid}", watcher);
                if (await check.ExecuteScalarAsync() is true) break;
                await Task.Delay(25);
            }
        }

        await tx1.CommitAsync();
        await remove;

        Assert.Equal(1, await CountAsync("some: { slug: { eq: \"race-een\" } }", "Race idee"));
        Assert.Equal(new[] { 0, 0 }, await DriftAsync("Race%"));
    }
}
