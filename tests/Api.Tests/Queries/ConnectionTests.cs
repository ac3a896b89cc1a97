using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Queries;

public class ConnectionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Lists_seeded_dialogues_with_nested_tables_and_counts()
    {
        var data = await api.DataAsync("""
            { dialogues(first: 50) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                nodes { id title slug track phase tables { totalCount nodes { title hostRole date } } reports { title publishedOn } theme { name } } } }
            """);
        var dialogues = data["dialogues"]!;
        Assert.True(dialogues["totalCount"]!.GetValue<int>() > 0);
        Assert.Equal(dialogues["totalCount"]!.GetValue<int>(), dialogues["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Sibling_root_fields_run_in_parallel_without_sharing_a_DbContext()
    {
        var data = await api.DataAsync("{ a: ideas { nodes { id } } b: ideas { nodes { id } } c: themes { totalCount } }");
        Assert.Equal(data["a"]!.ToJsonString(), data["b"]!.ToJsonString());
    }
}
