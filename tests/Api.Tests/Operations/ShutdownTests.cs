using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Operations;
using Dialoogtafels.Api.Tests.Http;
using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Testing;

namespace Dialoogtafels.Api.Tests.Operations;

/// <summary>
/// SIGTERM drains the API (<see cref="GracefulShutdown"/>): the request in flight completes with 200, new requests
/// are refused (503 <c>SHUTTING_DOWN</c>) and <c>/health/ready</c> fails at once, and the process exits with 0. The
/// real process: the API's own dll beside the tests, on a database of its own, sent a real SIGTERM.
/// </summary>
public class ShutdownTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    private const string Slow = "{ themes(first: 1) { nodes { name } } }";

    [Fact]
    public async Task Sigterm_lets_the_request_in_flight_finish_refuses_new_ones_and_exits_0()
    {
        var port = FreePort();
        using var api = StartApi(port);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        await WaitForAsync(client, api);
        (await client.PostAsJsonAsync("/graphql", new { query = Slow })).EnsureSuccessStatusCode();

        // A writer holds the themes table, so the request in flight waits in PostgreSQL until it lets go.
        await using var themes = await TableLock.HoldAsync(database.ConnectionString, "themes");
        var inFlight = client.PostAsJsonAsync("/graphql", new { query = Slow });
        await themes.WaitForWaiterAsync();

        Signal(api, "TERM");
        using var fresh = new HttpClient { BaseAddress = client.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        using var ready = await ReadinessAfterSignalAsync(fresh);
        using var refused = await fresh.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        using var live = await fresh.GetAsync(HealthEndpoints.LivePath);
        await themes.ReleaseAsync();
        using var finished = await inFlight;
        var exited = api.WaitForExit(TimeSpan.FromSeconds(20));

        await refused.AssertStatusAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(GracefulShutdown.Code, (await refused.ReadJsonAsync()).FirstErrorCode());
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var shutdown = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["checks"]!.AsArray().Single(c => (string?)c!["name"] == GracefulShutdown.CheckName)!;
        Assert.Equal("Unhealthy", (string?)shutdown["status"]);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        await finished.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Null(JsonNode.Parse(await finished.Content.ReadAsStringAsync())!["errors"]);
        Assert.True(exited, "the API did not exit within 20 s of SIGTERM");
        Assert.Equal(0, api.ExitCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => fresh.GetAsync(HealthEndpoints.LivePath));
    }

    private Process StartApi(int port)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Dialoogtafels.Api.dll")])
        {
            WorkingDirectory = RepositoryPaths.ApiProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__Dialoogtafels"] = database.ConnectionString;
        start.Environment["RateLimiting__Enabled"] = "false";
        start.Environment["WarmUp__Enabled"] = "false"; // its requests would compete with the ones under test
        start.Environment["Shutdown__DrainDelay"] = "00:00:03";
        start.Environment["Shutdown__Timeout"] = "00:00:15";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForAsync(HttpClient client, Process api)
    {
        for (var i = 0; i < 600; i++)
        {
            Assert.False(api.HasExited, "the API exited during start");
            try
            {
                using var response = await client.GetAsync(HealthEndpoints.LivePath);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        Assert.Fail("the API did not answer within 60 s");
    }

    // The signal reaches the process asynchronously: readiness, which fails first, says when it has (well within
    // the 3 s drain delay); a request sent before that may still be served normally.
    private static async Task<HttpResponseMessage> ReadinessAfterSignalAsync(HttpClient client)
    {
        for (var i = 0; ; i++)
        {
            var ready = await client.GetAsync(HealthEndpoints.ReadyPath);
            if (ready.StatusCode == HttpStatusCode.ServiceUnavailable || i == 40) return ready;
            ready.Dispose();
            await Task.Delay(50);
        }
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString()])!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
