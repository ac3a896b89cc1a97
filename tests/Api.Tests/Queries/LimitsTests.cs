using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>Complexity counts connections by their page size: real shapes pass, explosive ones are refused before execution.</summary>
public class LimitsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    // Under dialogues(first: 50) the same levels pass the complexity limit but hold up to 30,550 list
    // items, over GraphQL:MaxResponseItems (OperationLimitsTests); at the default page size they are 6,110.
    [Fact]
    public async Task Three_list_levels_at_the_default_page_size_are_allowed() =>
        await api.DataAsync("{ dialogues { nodes { tables { nodes { stories { nodes { title themes { name } } } } } } } }");

    [Fact]
    public async Task Three_list_levels_of_fifty_are_too_complex()
    {
        var response = await api.ExecuteAsync(
            "{ dialogues(first: 50) { nodes { tables(first: 50) { nodes { stories(first: 50) { nodes { title } } } } } } }");
        Assert.Null(response["data"]);
        Assert.Contains("too complex", response["errors"]![0]!["message"]!.GetValue<string>());
    }
}

/// <summary>Filters that are too deep or too wide are refused with a clear error, literal or from variables.</summary>
public class FilterLimitsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_filter_nested_too_deep_is_refused()
    {
        var where = "{ title: { eq: \"x\" } }";
        for (var i = 0; i < 15; i++) where = $"{{ and: [{where}] }}";
        var response = await api.ExecuteAsync($"{{ ideas(where: {where}) {{ totalCount }} }}");
        Assert.Equal("FILTER_TOO_COMPLEX", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_filter_too_wide_is_refused_also_from_variables()
    {
        var items = Enumerable.Range(0, 200).Select(i => (object?)new Dictionary<string, object?> { ["supportCount"] = new Dictionary<string, object?> { ["eq"] = i } }).ToList();
        var response = await api.ExecuteAsync("query($w: IdeaFilterInput) { ideas(where: $w) { totalCount } }",
            new global::GraphQL.Inputs(new Dictionary<string, object?> { ["w"] = new Dictionary<string, object?> { ["or"] = items } }));
        Assert.Equal("FILTER_TOO_COMPLEX", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
