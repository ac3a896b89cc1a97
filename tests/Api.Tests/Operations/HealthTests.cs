using System.Net;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Testing;

namespace Dialoogtafels.Api.Tests.Operations;

/// <summary>
/// <c>/health/live</c> and <c>/health/ready</c>: ready only while PostgreSQL answers and every migration is
/// applied; live whatever the database does.
/// </summary>
public class HealthTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Live_and_ready_are_healthy_on_a_migrated_database()
    {
        using var client = api.CreateClient();

        var (liveStatus, live) = await GetAsync(client, "/health/live");
        var (readyStatus, ready) = await GetAsync(client, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal("Healthy", (string?)live["status"]);
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal(["migrations:Healthy", "postgresql:Healthy", "shutdown:Healthy", "warm-up:Healthy"],
            ready["checks"]!.AsArray().Select(c => $"{c!["name"]}:{c["status"]}").Order());
    }

    [Fact]
    public async Task Ready_is_unhealthy_while_the_database_cannot_be_reached_and_live_stays_healthy()
    {
        await using var down = new DatabaseApi(DatabaseApi.Unreachable);
        using var client = down.CreateClient();

        var (readyStatus, ready) = await GetAsync(client, "/health/ready");
        var (liveStatus, _) = await GetAsync(client, "/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", (string?)ready["status"]);
        Assert.Equal(HttpStatusCode.OK, liveStatus);
    }

    [Fact]
    public async Task Ready_is_unhealthy_while_migrations_are_pending()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await PostgresServer.ExecuteAsync($"CREATE DATABASE {name}");
        try
        {
            await using var empty = new DatabaseApi(PostgresServer.For(name));
            using var client = empty.CreateClient();

            var (status, ready) = await GetAsync(client, "/health/ready");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            var migrations = ready["checks"]!.AsArray().Single(c => (string?)c!["name"] == "migrations")!;
            Assert.Equal("Unhealthy", (string?)migrations["status"]);
            Assert.Contains("Initial", (string?)migrations["description"]);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await PostgresServer.ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
