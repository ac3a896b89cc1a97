using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>The SQL statement count depends on the query's shape, never on the number of rows (no N+1).</summary>
public class BatchingTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => TestData.AddDialogueAsync(api.Database, "batching", ideas: 60);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public async Task Ideas_with_themes_table_and_dialogue_take_three_statements(int pageSize)
    {
        await api.DataAsync("{ __typename }");
        using var counter = new SqlStatementCounter(api.Database.Name);
        var data = await api.DataAsync($$"""
            { ideas(first: {{pageSize}}) { nodes { title themes { name } table { title } dialogue { title } } } }
            """);
        Assert.Equal(pageSize, data["ideas"]!["nodes"]!.AsArray().Count);
        Assert.Equal(3, counter.Statements.Count); // the page with its table joined, the themes, the dialogues
    }

    [Fact]
    public async Task Three_list_levels_take_one_statement_per_level()
    {
        await api.DataAsync("{ __typename }");
        using var counter = new SqlStatementCounter(api.Database.Name);
        var data = await api.DataAsync("""
            { dialogues(first: 50) { nodes { tables(first: 5) { nodes { stories(first: 3) { nodes { title themes { name } } } } } } } }
            """);
        Assert.NotEmpty(data["dialogues"]!["nodes"]!.AsArray());
        Assert.Equal(4, counter.Statements.Count);
    }

    [Fact]
    public async Task Total_count_is_one_batched_statement_and_only_when_selected()
    {
        await api.DataAsync("{ __typename }");
        using (var without = new SqlStatementCounter(api.Database.Name))
        {
            await api.DataAsync("{ dialogues(first: 50) { nodes { tables { nodes { title } } } } }");
            Assert.Equal(2, without.Statements.Count);
        }

        using var with = new SqlStatementCounter(api.Database.Name);
        await api.DataAsync("{ dialogues(first: 50) { totalCount nodes { tables { totalCount nodes { title } } } } }");
        Assert.Equal(4, with.Statements.Count);
    }
}
