using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>
/// Connection and segment fields are nullable, as HotChocolate generates them: a list field that fails is
/// null with its error, and its siblings still answer (an embed page with three lists keeps two).
/// </summary>
public class NullableConnectionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_failing_list_nulls_only_itself()
    {
        var response = await api.PostAsync("""
            {
              a: ideas(first: -1) { totalCount }
              b: ideas(first: 1) { totalCount }
              c: ideaSegment(take: 500) { totalCount }
              d: dialogues(first: 2) { nodes { title stories(first: 999) { totalCount } } }
            }
            """);

        var data = response["data"]!;
        Assert.Null(data["a"]);
        Assert.True(data["b"]!["totalCount"]!.GetValue<int>() >= 0);
        Assert.Null(data["c"]);
        Assert.All(data["d"]!["nodes"]!.AsArray(), dialogue => Assert.Null(dialogue!["stories"]));
        Assert.All(data["d"]!["nodes"]!.AsArray(), dialogue => Assert.NotNull(dialogue!["title"]));
        var codes = response["errors"]!.AsArray().Select(e => (string?)e!["extensions"]!["code"]).ToHashSet();
        Assert.Contains("PAGING_NEGATIVE_PAGE_SIZE", codes);
        Assert.Contains("PAGING_MAX_PAGE_SIZE_EXCEEDED", codes);
    }
}
