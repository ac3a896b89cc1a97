using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>Complexity counts connections by their page size: real shapes pass, explosive ones are refused before execution.</summary>
public class LimitsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Three_list_levels_at_the_default_page_size_are_allowed() =>
        await api.DataAsync("{ dialogues(first: 50) { nodes { tables { nodes { stories { nodes { title themes { name } } } } } } } }");

    [Fact]
    public async Task Three_list_levels_of_fifty_are_too_complex()
    {
        var response = await api.ExecuteAsync(
            "{ dialogues(first: 50) { nodes { tables(first: 50) { nodes { stories(first: 50) { nodes { title } } } } } } }");
        Assert.Null(response["data"]);
        Assert.Contains("too complex", response["errors"]![0]!["message"]!.GetValue<string>());
    }
}
