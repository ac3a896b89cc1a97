using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>The generic <c>where</c> argument: operators per kind, nesting, lists, and/or — all in SQL.</summary>
public class FilteringTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => TestData.AddDialogueAsync(api.Database, "filter", ideas: 12);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string[]> IdeaTitles(string where)
    {
        var data = await api.DataAsync($"{{ ideas(first: 50, where: {where}) {{ nodes {{ title }} }} }}");
        return data["ideas"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToArray();
    }

    [Theory]
    [InlineData("{ title: { eq: \"IDEE 003\" } }", 1)]
    [InlineData("{ title: { contains: \"dee 01\" } }", 2)]
    [InlineData("{ title: { startsWith: \"idee 00\" } }", 10)]
    [InlineData("{ title: { endsWith: \"1\" }, dialogue: { slug: { eq: \"filter\" } } }", 2)]
    [InlineData("{ title: { in: [\"idee 000\", \"IDEE 001\"] } }", 2)]
    [InlineData("{ title: { contains: \"%\" } }", 0)]
    [InlineData("{ title: { contains: \"_\" } }", 0)]
    [InlineData("{ supportCount: { gte: 0 }, dialogue: { slug: { eq: \"filter\" } } }", 12)]
    [InlineData("{ supportCount: { gt: 0 }, dialogue: { slug: { eq: \"filter\" } } }", 9)]
    [InlineData("{ costEstimate: { eq: null }, dialogue: { slug: { eq: \"filter\" } } }", 4)]
    [InlineData("{ costEstimate: { gte: 500, lt: 1000 } }", 3)]
    [InlineData("{ proposedActors: { some: { eq: GOVERNMENT } }, dialogue: { slug: { eq: \"filter\" } } }", 12)]
    [InlineData("{ proposedActors: { none: { eq: GOVERNMENT } }, dialogue: { slug: { eq: \"filter\" } } }", 0)]
    [InlineData("{ themes: { some: { slug: { eq: \"filter-zorg\" } } } }", 12)]
    [InlineData("{ themes: { all: { slug: { startsWith: \"filter-\" } } }, dialogue: { slug: { eq: \"filter\" } } }", 12)]
    [InlineData("{ themes: { any: false }, dialogue: { slug: { eq: \"filter\" } } }", 0)]
    [InlineData("{ table: { title: { eq: \"tafel 2\" } }, dialogue: { slug: { eq: \"filter\" } } }", 4)]
    [InlineData("{ or: [{ title: { eq: \"idee 000\" } }, { title: { eq: \"idee 011\" } }] }", 2)]
    [InlineData("{ and: [{ title: { startsWith: \"idee 00\" } }, { title: { nendsWith: \"0\" } }] }", 9)]
    [InlineData("{ dialogue: { track: { eq: CITIZENS }, slug: { eq: \"filter\" } }, source: { in: [TABLE, IMPORT] } }", 12)]
    [InlineData("{ title: { eq: \"Concept idee\" } }", 0)]
    public async Task Filters_ideas(string where, int expected) => Assert.Equal(expected, (await IdeaTitles(where)).Length);

    [Fact]
    public async Task Nested_connections_take_a_where_argument_and_stay_batched()
    {
        await api.DataAsync("{ __typename }");
        using var counter = new SqlStatementCounter(api.Database.Name);
        var data = await api.DataAsync("""
            { dialogue(slug: "filter") { tables(where: { title: { neq: "Tafel 3" } }) { totalCount nodes { ideas(where: { title: { endsWith: "3" } }) { totalCount nodes { title } } } } } }
            """);
        var tables = data["dialogue"]!["tables"]!;
        Assert.Equal(2, tables["totalCount"]!.GetValue<int>());
        Assert.Equal([1, 0], tables["nodes"]!.AsArray().Select(t => t!["ideas"]!["totalCount"]!.GetValue<int>()));
        Assert.Equal(5, counter.Statements.Count); // dialogue, tables page + count, ideas page + count
    }

    [Fact]
    public async Task Unknown_filter_fields_and_operators_are_validation_errors()
    {
        var response = await api.ExecuteAsync("{ ideas(where: { title: { like: \"x\" } }) { totalCount } }");
        Assert.Null(response["data"]);
        Assert.NotNull(response["errors"]);
        response = await api.ExecuteAsync("{ ideas(where: { secret: { eq: \"x\" } }) { totalCount } }");
        Assert.Null(response["data"]);
    }
}
