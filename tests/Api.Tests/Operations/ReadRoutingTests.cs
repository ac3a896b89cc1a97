using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Operations;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Persistence;
using static Dialoogtafels.Api.Tests.Operations.StandbyApiFactory;

namespace Dialoogtafels.Api.Tests.Operations;

/// <summary>
/// Which server a request reads from when a standby is configured (<see cref="ReadRouting"/>): anonymous
/// queries, exports and reports read from the standby; CMS requests and mutations use the primary. The
/// standby of <see cref="StandbyApiFactory"/> is a copy whose titles differ, so each answer shows its route.
/// </summary>
public class ReadRoutingTests(StandbyApiFactory api) : IClassFixture<StandbyApiFactory>
{
    private const string DialogueTitle = $$"""{ dialogue(slug: "{{Slug}}") { title } }""";

    [Theory]
    [InlineData(false, true, DatabaseRoute.PreferStandby)]
    [InlineData(false, false, DatabaseRoute.Primary)]
    [InlineData(true, true, DatabaseRoute.Primary)]
    [InlineData(true, false, DatabaseRoute.Primary)]
    public void Only_anonymous_reads_prefer_the_standby(bool authenticated, bool readsOnly, DatabaseRoute expected)
    {
        var user = authenticated ? new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "editor")], "Bearer")) : new ClaimsPrincipal(new ClaimsIdentity());
        Assert.Equal(expected, ReadRouting.RouteOf(user, readsOnly));
    }

    [Fact]
    public async Task Anonymous_queries_read_from_the_standby_over_POST_and_GET()
    {
        Assert.Equal(StandbyTitle, Title(await api.PostAsync(DialogueTitle)));

        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(DialogueTitle));
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await client.SendAsync(request);
        Assert.Equal(StandbyTitle, Title(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject()));
    }

    [Fact]
    public async Task Cms_queries_read_from_the_primary()
    {
        var title = Title(await api.PostAsync(DialogueTitle, role: Role.Editor));

        Assert.False(string.IsNullOrEmpty(title));
        Assert.NotEqual(StandbyTitle, title);
    }

    /// <summary>The mutation and the editor's next read meet the primary; the standby has not seen the write (as while it replays).</summary>
    [Fact]
    public async Task A_mutation_writes_to_the_primary_and_its_editor_reads_it_at_once()
    {
        var dialogueId = (await api.PostAsync($$"""{ dialogue(slug: "{{Slug}}") { id } }""", role: Role.Editor))["data"]!["dialogue"]!["id"]!.GetValue<string>();
        var created = await api.PostAsync("""
            mutation($d: ID!) { createIdea(input: { dialogueId: $d, title: "Geschreven op de primary", source: ONLINE }) { idea { id } } }
            """, new { d = dialogueId }, Role.Editor);
        var id = created["data"]!["createIdea"]!["idea"]!["id"]!.GetValue<string>();

        var read = await api.PostAsync("query($id: ID!) { node(id: $id) { ... on Idea { title } } }", new { id }, Role.Editor);
        Assert.Equal("Geschreven op de primary", read["data"]!["node"]!["title"]!.GetValue<string>());
        Assert.Equal(0L, await api.StandbyScalarAsync("SELECT count(*) FROM ideas WHERE title = 'Geschreven op de primary'"));
    }

    [Fact]
    public async Task Anonymous_exports_and_reports_read_from_the_standby_and_authenticated_exports_from_the_primary()
    {
        using var client = api.CreateClient();
        var anonymous = await client.GetStringAsync("/export/ideas.jsonl");
        var report = await client.GetStringAsync($"/reports/{Slug}");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/ideas.jsonl");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.TokenFor(Role.Editor));
        using var response = await client.SendAsync(request);
        var authenticated = await response.Content.ReadAsStringAsync();

        var titles = anonymous.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["title"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.EndsWith(StandbyMark, t));
        Assert.Contains($"<h1>{StandbyTitle}</h1>", report);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(StandbyMark, authenticated);
    }

    /// <summary>The standby of this fixture is not in recovery, as a primary the reads fell back to: the node is Degraded and still ready.</summary>
    [Fact]
    public async Task Ready_reports_the_standby_and_is_degraded_not_unavailable_when_reads_meet_no_standby()
    {
        var ready = await Readiness.GetAsync(api);

        Assert.Equal(HttpStatusCode.OK, ready.Code);
        Assert.Equal("Degraded", ready.Status);
        Assert.Equal(["migrations", "postgresql", StandbyHealthCheck.Name, "shutdown", "warm-up"], ready.Checks.Keys.Order());
        Assert.Equal("Healthy", ready.Checks["postgresql"].Status);
        Assert.Equal("Degraded", ready.Checks[StandbyHealthCheck.Name].Status);
        Assert.StartsWith("No standby answers; public reads go to the primary 127.0.0.1:", ready.Checks[StandbyHealthCheck.Name].Description);
    }

    private static string Title(JsonObject response) => response["data"]!["dialogue"]!["title"]!.GetValue<string>();
}
