using Dialoogtafels.Api.Data;
using Microsoft.EntityFrameworkCore;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>Only the selected columns are read, through fragments too; navigations load in batches of their own.</summary>
public class ProjectionTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => TestData.AddDialogueAsync(api.Database, "projectie", ideas: 3);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<IReadOnlyList<string>> Sql(string query) => api.StatementsOfAsync(query);

    private static string Select(string sql) => sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];

    [Fact]
    public async Task Reads_only_the_selected_columns()
    {
        var sql = Select(Assert.Single(await Sql("{ ideas(first: 5) { nodes { title } } }")));
        Assert.Contains("title", sql);
        Assert.Contains(".id", sql);
        Assert.DoesNotContain("description", sql);
        Assert.DoesNotContain("search_vector", sql);
        Assert.DoesNotContain("support_count", sql);
    }

    [Fact]
    public async Task Nested_pages_read_at_most_a_page_per_parent_through_a_lateral_join()
    {
        // A ROW_NUMBER() window (EF Core's default for SelectMany + Take) numbers every child of every
        // parent before it filters: at 1,000,000 stories that is seconds per statement.
        var statements = await Sql("{ dialogues(first: 3) { nodes { ideas(first: 2, order: [{ title: DESC }]) { nodes { title } } } } }");
        Assert.Equal(2, statements.Count);
        Assert.Contains("JOIN LATERAL", statements[1]);
        Assert.Contains("LIMIT 3", statements[1]);
        Assert.DoesNotContain("ROW_NUMBER", statements[1]);
    }

    [Fact]
    public async Task Optional_references_are_joined_and_read_only_their_own_selection()
    {
        var sql = Assert.Single(await Sql("{ ideas(first: 5) { nodes { table { title } } } }"));
        Assert.Contains("LEFT JOIN", sql);
        Assert.Contains("d0.title", Select(sql));
        Assert.DoesNotContain("host_role", Select(sql));
    }

    [Fact]
    public async Task Required_references_read_the_foreign_key_and_load_the_target_by_key()
    {
        // EF Core would join a required reference with INNER JOIN and drop rows whose target is
        // soft-deleted; so it is read by key, with only its own selection.
        var statements = await Sql("{ ideas(first: 5) { nodes { dialogue { title } } } }");
        Assert.Equal(2, statements.Count);
        Assert.Contains("dialogue_id", Select(statements[0]));
        Assert.DoesNotContain("title", Select(statements[0]));
        Assert.Contains("title", Select(statements[1]));
        Assert.DoesNotContain("description", Select(statements[1]));
    }

    [Fact]
    public async Task A_joined_reference_the_caller_may_not_see_is_null_without_another_statement()
    {
        await using (var db = api.Database.CreateContext())
        {
            var dialogue = await db.Dialogues.FirstAsync(d => d.Status == Domain.Common.PublicationStatus.Published);
            var draft = new Domain.Tables.Table { DialogueId = dialogue.Id, Title = "Concepttafel", Status = Domain.Common.PublicationStatus.Draft };
            db.Add(new Domain.Ideas.Idea { DialogueId = dialogue.Id, Table = draft, Title = "Idee aan concepttafel", Status = Domain.Common.PublicationStatus.Published });
            await db.SaveChangesAsync();
        }

        const string query = """{ ideas(where: { title: { eq: "Idee aan concepttafel" } }) { nodes { table { title } } } }""";
        Assert.Single(await Sql(query));
        var anonymous = await api.DataAsync(query);
        Assert.Null(anonymous["ideas"]!["nodes"]![0]!["table"]);
        var editor = await api.PostAsync(query, role: Security.Role.Editor);
        Assert.Equal("Concepttafel", editor["data"]!["ideas"]!["nodes"]![0]!["table"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Follows_fragments_edges_and_inline_fragments()
    {
        var sql = Select(Assert.Single(await Sql("""
            { ideas(first: 5) { ...Page } }
            fragment Page on IdeasConnection { edges { node { ... on Idea { supportCount } ...Cost } } }
            fragment Cost on Idea { costEstimate }
            """)));
        Assert.Contains("support_count", sql);
        Assert.Contains("cost_estimate", sql);
        Assert.DoesNotContain("title", sql);

        await using var db = api.Database.CreateContext();
        var id = GlobalId.Encode("Idea", db.Ideas.First(i => i.Title.StartsWith("Idee")).Id);
        var node = Select(Assert.Single(await Sql($$"""{ node(id: "{{id}}") { id ... on Idea { proposedActors } } }""")));
        Assert.Contains("proposed_actors", node);
        Assert.DoesNotContain("title", node);
    }

    [Fact]
    public async Task Nested_lists_are_projected_too()
    {
        var statements = await Sql("{ dialogue(slug: \"projectie\") { tables { nodes { themes { name } ideas { nodes { supportCount } } } } } }");
        Assert.Equal(4, statements.Count);
        Assert.All(statements, s => Assert.DoesNotContain("description", Select(s)));
        Assert.Contains(statements, s => Select(s).Contains("support_count"));
    }
}
