using System.Text.Json.Nodes;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>Relay cursor paging: both directions, flags, limits and bad cursors.</summary>
public class PagingTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => TestData.AddDialogueAsync(api.Database, "paging", ideas: 23);

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Page = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { title } }";

    [Fact]
    public async Task Forward_paging_visits_every_item_once_in_order()
    {
        var titles = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var connection = (await api.DataAsync($"query($after: String) {{ ideas(first: 7, after: $after) {{ {Page} }} }}",
                new global::GraphQL.Inputs(new Dictionary<string, object?> { ["after"] = after })))["ideas"]!;
            pages++;
            titles.AddRange(connection["edges"]!.AsArray().Select(e => e!["node"]!["title"]!.GetValue<string>()));
            Assert.Equal(after is not null, connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        var all = (await api.DataAsync("{ ideas { totalCount } }"))["ideas"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(all, titles.Count);
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.Equal((all + 6) / 7, pages);
    }

    [Fact]
    public async Task Backward_paging_returns_the_items_before_the_cursor_in_order()
    {
        var first = (await api.DataAsync($"{{ ideas(first: 12) {{ {Page} }} }}"))["ideas"]!;
        var cursor = first["edges"]![10]!["cursor"]!.GetValue<string>();
        var back = (await api.DataAsync($"{{ ideas(last: 4, before: \"{cursor}\") {{ {Page} }} }}"))["ideas"]!;
        Assert.Equal(
            first["edges"]!.AsArray().Skip(6).Take(4).Select(e => e!["cursor"]!.GetValue<string>()),
            back["edges"]!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()));
        Assert.True(back["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.True(back["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var lastPage = (await api.DataAsync($"{{ ideas(last: 3) {{ {Page} }} }}"))["ideas"]!;
        Assert.False(lastPage["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(lastPage["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Nested_connections_page_per_parent()
    {
        var data = await api.DataAsync("""
            { dialogue(slug: "paging") { tables(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { title ideas(first: 2) { totalCount nodes { title } } } } } }
            """);
        var tables = data["dialogue"]!["tables"]!;
        Assert.Equal(3, tables["totalCount"]!.GetValue<int>());
        Assert.True(tables["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.All(tables["nodes"]!.AsArray(), t => Assert.Equal(2, t!["ideas"]!["nodes"]!.AsArray().Count));
        var endCursor = tables["pageInfo"]!["endCursor"]!.GetValue<string>();
        var rest = await api.DataAsync($$"""{ dialogue(slug: "paging") { tables(after: "{{endCursor}}") { pageInfo { hasNextPage hasPreviousPage } nodes { title } } } }""");
        Assert.Single(rest["dialogue"]!["tables"]!["nodes"]!.AsArray());
        Assert.True(rest["dialogue"]!["tables"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.False(rest["dialogue"]!["tables"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("ideas(first: 51)", "PAGING_MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("ideas(last: 500)", "PAGING_MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("ideas(first: -1)", "PAGING_NEGATIVE_PAGE_SIZE")]
    [InlineData("ideas(first: 2, last: 2)", "PAGING_FIRST_AND_LAST")]
    [InlineData("ideas(after: \"bm9wZQ==\")", "PAGING_INVALID_CURSOR")]
    [InlineData("ideas(before: \"%%%\")", "PAGING_INVALID_CURSOR")]
    [InlineData("themes(first: 1) { nodes { ideas(first: 99) { totalCount } } }", "PAGING_MAX_PAGE_SIZE_EXCEEDED")]
    public async Task Bad_paging_arguments_are_field_errors_with_a_code(string field, string code)
    {
        var selection = field.Contains('{') ? field : field + " { totalCount }";
        var response = await api.ExecuteAsync($"{{ {selection} }}");
        var error = Assert.Single(response["errors"]!.AsArray());
        Assert.Equal(code, error!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Zero_items_is_an_empty_page()
    {
        var data = await api.DataAsync($"{{ ideas(first: 0) {{ {Page} }} }}");
        Assert.Empty(data["ideas"]!["edges"]!.AsArray());
        Assert.True(data["ideas"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Null(data["ideas"]!["pageInfo"]!["startCursor"]);
    }
}
