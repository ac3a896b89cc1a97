using System.Net;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>
/// A <c>DateTime</c> input with an offset other than UTC is the same instant in UTC (found by a newcomer: it was an
/// unexpected execution error in GraphQL and a 500 in exports, because Npgsql writes only UTC values).
/// </summary>
public class DateTimeOffsetTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_filter_with_an_offset_matches_the_same_instant_in_UTC()
    {
        var utc = await api.DataAsync("{ ideas(where: { createdAt: { gt: \"2000-01-01T00:00:00+00:00\" } }) { totalCount } }");
        var offset = await api.DataAsync("{ ideas(where: { createdAt: { gt: \"2000-01-01T02:00:00+02:00\" } }) { totalCount } }");
        var variable = await api.DataAsync("query($t: DateTime) { ideas(where: { createdAt: { gt: $t } }) { totalCount } }",
            new global::GraphQL.Inputs(new Dictionary<string, object?> { ["t"] = "1999-12-31T19:00:00-05:00" }));

        var count = utc["ideas"]!["totalCount"]!.GetValue<int>();
        Assert.True(count > 0);
        Assert.Equal(count, offset["ideas"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(count, variable["ideas"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_export_filter_with_an_offset_is_answered()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/export/ideas.jsonl?where=" + Uri.EscapeDataString("""{"updatedAt":{"gte":"2000-01-01T02:00:00+02:00"}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
