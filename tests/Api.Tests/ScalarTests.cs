using Dialoogtafels.Api.Tests.Support;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialoogtafels.Api.Tests;

/// <summary>
/// The custom scalars say their wire format in their descriptions, so that clients and code generators
/// know what they hold (a ministry developer's trial: codegen saw only the names and typed them <c>unknown</c>).
/// </summary>
public class ScalarTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private string? DescriptionOf(string name) => api.Services.GetRequiredService<ISchema>().AllTypes[name]?.Description;

    [Theory]
    [InlineData("DateTime", "RFC 3339")]
    [InlineData("DateTime", "2021-06-01T12:00:00+00:00")]
    [InlineData("Date", "YYYY-MM-DD")]
    [InlineData("Decimal", "JSON number")]
    public void A_scalar_describes_its_wire_format(string scalar, string expected) =>
        Assert.Contains(expected, DescriptionOf(scalar) ?? "");

    [Fact]
    public async Task A_Decimal_is_written_as_a_JSON_number_and_read_from_one()
    {
        await using (var db = api.Database.CreateContext())
            await db.Database.ExecuteSqlRawAsync("UPDATE ideas SET cost_estimate = 1250.50 WHERE id = (SELECT min(id) FROM ideas)");

        var response = await api.PostAsync("{ ideas(first: 1, where: { costEstimate: { eq: 1250.5 } }) { nodes { costEstimate } } }");

        var value = response["data"]!["ideas"]!["nodes"]![0]!["costEstimate"]!;
        Assert.Equal(System.Text.Json.JsonValueKind.Number, value.GetValueKind());
        Assert.Equal(1250.50m, value.GetValue<decimal>());
    }

    [Fact]
    public async Task Dates_and_date_times_are_written_as_their_descriptions_say()
    {
        var data = await api.DataAsync("{ ideas(first: 1) { nodes { createdAt } } dialogues(first: 20) { nodes { periodStart } } }");
        var createdAt = data["ideas"]!["nodes"]![0]!["createdAt"]!.GetValue<string>();
        var periodStart = data["dialogues"]!["nodes"]!.AsArray().Select(n => n!["periodStart"]?.GetValue<string>()).First(d => d is not null)!;
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$", createdAt);
        Assert.Matches(@"^\d{4}-\d\d-\d\d$", periodStart);
    }
}
