using System.Diagnostics;
using System.Net;
using Dialoogtafels.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>The API host with a request timeout of one second (<c>GraphQL:RequestTimeout</c>).</summary>
public sealed class ShortTimeoutApiFactory : ApiFactory
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GraphQL:RequestTimeout", Timeout.ToString());
    }
}

/// <summary>
/// <c>GraphQL:RequestTimeout</c> bounds the answer: a request that runs past the deadline answers
/// 503 with a <c>TIMEOUT</c> error and <c>Retry-After</c> soon after the deadline, and PostgreSQL
/// stops its statement. Found in a hostile trial: timeouts answered 400 long after the limit.
/// </summary>
public class TimeoutTests(ShortTimeoutApiFactory api) : IClassFixture<ShortTimeoutApiFactory>
{
    // The deadline plus GraphQLHttpHandler's grace for cancelled work to stop, plus scheduling on a busy machine.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(2.5);

    [Theory]
    [InlineData("ideas", "{ ideas(first: 5) { totalCount nodes { title } } }")]
    [InlineData("ideas", "{ ideas(first: 5, search: \"fiets\") { totalCount nodes { title } } }")]
    [InlineData("ideas", "{ dialogues(first: 5) { nodes { ideas(first: 5) { totalCount nodes { title } } } } }")]
    [InlineData("dialogues", "{ ideas(first: 5, where: { dialogue: { track: { eq: CITIZENS } } }) { nodes { title } } }")]
    [InlineData("ideas", "{ ideaStatistics(by: [ACTOR]) { count } }")]
    [InlineData("idea_themes", "{ ideas(first: 5) { nodes { themes { name } } } }")]
    public async Task A_statement_that_waits_past_the_deadline_answers_503_TIMEOUT_and_is_cancelled_in_PostgreSQL(string table, string query)
    {
        using var client = api.CreateClient();
        await WarmUpAsync(client, query);

        // A writer holds the table, so the API's statement waits in PostgreSQL: a legal query that runs long.
        await using var locker = new NpgsqlConnection(api.Database.ConnectionString);
        await locker.OpenAsync();
        await using var transaction = await locker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand($"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE", locker, transaction))
            await lockTable.ExecuteNonQueryAsync();

        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync(new { query });
        var elapsed = watch.Elapsed;
        var running = await RunningStatementsAsync(locker);
        await transaction.RollbackAsync();

        Assert.True(elapsed < ShortTimeoutApiFactory.Timeout + Margin, $"answered after {elapsed}");
        await response.AssertStatusAsync(HttpStatusCode.ServiceUnavailable);
        var body = await response.ReadJsonAsync();
        Assert.Equal("TIMEOUT", body.FirstErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
        Assert.Empty(running);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData(GraphQLHttp.GraphQLResponse)]
    public async Task A_timeout_is_503_for_both_response_media_types(string accept)
    {
        using var client = api.CreateClient();
        await WarmUpAsync(client, "{ ideas(first: 5) { nodes { title } } }");
        await using var locker = new NpgsqlConnection(api.Database.ConnectionString);
        await locker.OpenAsync();
        await using var transaction = await locker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE ideas IN ACCESS EXCLUSIVE MODE", locker, transaction))
            await lockTable.ExecuteNonQueryAsync();

        using var response = await client.PostAsync(new { query = "{ ideas(first: 5) { nodes { title } } }" }, accept);
        await transaction.RollbackAsync();

        await response.AssertStatusAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(accept, response.MediaType());
        Assert.Equal("TIMEOUT", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    // The first requests build the schema and EF Core's model, which may take longer than the deadline.
    private static async Task WarmUpAsync(HttpClient client, string query)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var response = await client.PostAsync(new { query });
            if (response.StatusCode == HttpStatusCode.OK) return;
        }
    }

    // The statements still running in PostgreSQL on this database (every backend but the locker's own).
    private static async Task<List<string>> RunningStatementsAsync(NpgsqlConnection locker)
    {
        var running = new List<string>();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            running.Clear();
            await using var command = new NpgsqlCommand(
                "SELECT query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'", locker);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) running.Add(reader.GetString(0));
            if (running.Count == 0) break;
            await Task.Delay(50);
        }
        return running;
    }
}
