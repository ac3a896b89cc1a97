using System.Text.Json.Nodes;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>Offset paging (<c>skip</c>, <c>take</c> → <c>{Type}CollectionSegment</c>): pages, flags, totals, SQL and limits.</summary>
public class OffsetPagingTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => TestData.AddDialogueAsync(api.Database, "offset", ideas: 23);

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Where = """where: { dialogue: { slug: { eq: "offset" } } }""";

    private const string Segment = "totalCount pageInfo { hasNextPage hasPreviousPage } items { title }";

    private static List<string> Titles(JsonNode segment) => segment["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Pages_visit_every_item_once_in_the_order_of_the_cursor_connection()
    {
        const string order = "order: [{ supportCount: DESC }]";
        var expected = Titles((await api.DataAsync($"{{ ideas(first: 50, {Where}, {order}) {{ items: nodes {{ title }} }} }}"))["ideas"]!);
        var titles = new List<string>();
        for (var skip = 0; ; skip += 7)
        {
            var segment = (await api.DataAsync($"{{ ideaSegment(skip: {skip}, take: 7, {Where}, {order}) {{ {Segment} }} }}"))["ideaSegment"]!;
            titles.AddRange(Titles(segment));
            Assert.Equal(23, segment["totalCount"]!.GetValue<int>());
            Assert.Equal(skip > 0, segment["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            if (!segment["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
        }

        Assert.Equal(23, expected.Count);
        Assert.Equal(expected, titles);
    }

    [Fact]
    public async Task Without_arguments_the_first_ten_are_returned()
    {
        var segment = (await api.DataAsync($"{{ ideaSegment({Where}) {{ {Segment} }} }}"))["ideaSegment"]!;
        Assert.Equal(10, Titles(segment).Count);
        Assert.True(segment["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(segment["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_and_still_counts_the_total()
    {
        // With a search the first page counts in its own statement (count(*) OVER ()); past the end
        // there is no row to carry that count, so an offset page counts separately.
        var segment = (await api.DataAsync($$"""{ storySegment(skip: 500, search: "tafel", where: { dialogue: { slug: { eq: "offset" } } }) { {{Segment}} } }"""))["storySegment"]!;
        Assert.Empty(segment["items"]!.AsArray());
        Assert.Equal(9, segment["totalCount"]!.GetValue<int>());
        Assert.False(segment["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(segment["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_page_is_one_statement_with_offset_and_the_total_one_more()
    {
        using (var counter = new SqlStatementCounter(api.Database.Name))
        {
            await api.DataAsync($"{{ ideaSegment(skip: 5, take: 3, {Where}) {{ items {{ title }} }} }}");
            var page = Assert.Single(counter.Statements, s => s.Contains("FROM ideas"));
            Assert.Contains("OFFSET", page);
        }

        using (var counter = new SqlStatementCounter(api.Database.Name))
        {
            await api.DataAsync($"{{ ideaSegment(skip: 5, take: 3, {Where}) {{ totalCount items {{ title }} }} }}");
            Assert.Equal(2, counter.Statements.Count(s => s.Contains("FROM ideas")));
        }
    }

    [Theory]
    [InlineData("ideaSegment(skip: -1)", "PAGING_NEGATIVE_SKIP")]
    [InlineData("ideaSegment(skip: 10001)", "PAGING_MAX_SKIP_EXCEEDED")]
    [InlineData("ideaSegment(take: -1)", "PAGING_NEGATIVE_PAGE_SIZE")]
    [InlineData("storySegment(take: 51)", "PAGING_MAX_PAGE_SIZE_EXCEEDED")]
    public async Task Bad_offset_arguments_are_field_errors_with_a_code(string field, string code)
    {
        var response = await api.ExecuteAsync($"{{ {field} {{ totalCount }} }}");
        var error = Assert.Single(response["errors"]!.AsArray());
        Assert.Equal(code, error!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Take_counts_in_the_complexity_as_first_does()
    {
        await api.DataAsync("{ ideaSegment(take: 50) { items { title tables: dialogue { tables { nodes { stories { nodes { title } } } } } } } }");
        var response = await api.ExecuteAsync(
            "{ ideaSegment(take: 50) { items { dialogue { tables(first: 50) { nodes { stories(first: 50) { nodes { title } } } } } } } }");
        Assert.Null(response["data"]);
        Assert.Contains("too complex", response["errors"]![0]!["message"]!.GetValue<string>());
    }
}
