using System.Net;
using Dialoogtafels.Api.Http;
using Dialoogtafels.Api.Operations;

namespace Dialoogtafels.Api.Tests.Operations;

/// <summary>
/// A standby that cannot be used (<see cref="UnreachableStandbyApiFactory"/>): an anonymous query that fails on it
/// runs once more on the primary (<see cref="ReadRouting.RetriesOnPrimary"/>), readiness stays 200 and says
/// Degraded, and an export answers 503 <c>DATABASE_UNAVAILABLE</c>, as it does for any outage.
/// </summary>
public class StandbyOutageTests(UnreachableStandbyApiFactory api) : IClassFixture<UnreachableStandbyApiFactory>
{
    [Fact]
    public async Task An_anonymous_query_that_fails_on_the_standby_is_answered_by_the_primary()
    {
        var response = await api.PostAsync("{ dialogues(first: 3) { totalCount nodes { title } } }");

        Assert.Null(response["errors"]);
        Assert.True(response["data"]!["dialogues"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Ready_stays_200_and_reports_the_standby_degraded()
    {
        var ready = await Readiness.GetAsync(api);

        Assert.Equal(HttpStatusCode.OK, ready.Code);
        Assert.Equal("Degraded", ready.Status);
        Assert.Equal("Degraded", ready.Checks[StandbyHealthCheck.Name].Status);
        Assert.StartsWith("No server answers public reads", ready.Checks[StandbyHealthCheck.Name].Description);
    }

    [Fact]
    public async Task An_export_that_meets_the_unavailable_standby_answers_503()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/export/ideas.csv");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(DatabaseUnavailableError.ErrorCode, await response.Content.ReadAsStringAsync());
    }
}
