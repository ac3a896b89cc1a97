using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dialoogtafels.Api.Http.Idempotency;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Http;
using Dialoogtafels.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>
/// Mutations with an <c>Idempotency-Key</c> (draft-ietf-httpapi-idempotency-key-header) run once per key and
/// caller: a retry gets the stored response, on any node; another body is a 422, a retry while the first runs a
/// 409; a failure that committed nothing (an outage, a timeout, a refused document) is not kept, so its retry runs.
/// </summary>
public class IdempotencyKeyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    internal const string Create = "mutation($d: ID!, $t: String!) { createIdea(input: { dialogueId: $d, title: $t, source: ONLINE }) { idea { id title } errors { __typename } } }";

    [Fact]
    public async Task A_retry_with_the_same_key_gets_the_stored_response_and_writes_nothing()
    {
        var body = await CreateBodyAsync(api, "Idempotent idee");
        using var client = api.CreateClient();

        using var first = await SendAsync(api, client, body, "\"key-1\"");
        using var retry = await SendAsync(api, client, body, "\"key-1\"");

        await first.AssertStatusAsync(HttpStatusCode.OK);
        await retry.AssertStatusAsync(HttpStatusCode.OK);
        Assert.False(first.Headers.Contains(IdempotentMutations.ReplayedHeader));
        Assert.Equal("true", retry.Headers.GetValues(IdempotentMutations.ReplayedHeader).Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Content.Headers.ContentType, retry.Content.Headers.ContentType);
        Assert.Equal(1, await CountIdeasAsync(api, "Idempotent idee"));
    }

    [Fact]
    public async Task Another_node_replays_the_response_so_a_node_keeps_nothing_of_its_own()
    {
        var body = await CreateBodyAsync(api, "Idee op twee knooppunten");
        await using var otherNode = new DatabaseApi(api.Database.ConnectionString);

        using var first = await SendAsync(api, api.CreateClient(), body, "node-key");
        using var retry = await SendAsync(api, otherNode.CreateClient(), body, "node-key");

        Assert.Equal("true", retry.Headers.GetValues(IdempotentMutations.ReplayedHeader).Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(1, await CountIdeasAsync(api, "Idee op twee knooppunten"));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_IDEMPOTENCY_KEY_REUSED()
    {
        using var client = api.CreateClient();
        using var first = await SendAsync(api, client, await CreateBodyAsync(api, "Eerste body"), "reused-key");
        using var other = await SendAsync(api, client, await CreateBodyAsync(api, "Andere body"), "reused-key");

        await first.AssertStatusAsync(HttpStatusCode.OK);
        await other.AssertStatusAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(IdempotentMutations.ReusedCode, (await other.ReadJsonAsync()).FirstErrorCode());
        Assert.Equal(0, await CountIdeasAsync(api, "Andere body"));
    }

    [Fact]
    public async Task Keys_belong_to_their_caller()
    {
        var body = await CreateBodyAsync(api, "Idee van twee redacteuren");
        using var client = api.CreateClient();

        using var first = await SendAsync(api, client, body, "shared-key", actor: "redacteur-a");
        using var second = await SendAsync(api, client, body, "shared-key", actor: "redacteur-b");

        Assert.False(second.Headers.Contains(IdempotentMutations.ReplayedHeader));
        Assert.Equal(2, await CountIdeasAsync(api, "Idee van twee redacteuren"));
    }

    [Fact]
    public async Task A_payload_error_is_the_outcome_and_is_replayed()
    {
        var body = JsonSerializer.Serialize(new { query = Create, variables = new { d = "RGlhbG9ndWU6OTk5OTk=", t = "Onbekende dialoog" } });
        using var client = api.CreateClient();

        using var first = await SendAsync(api, client, body, "payload-error");
        using var retry = await SendAsync(api, client, body, "payload-error");

        var payload = (await first.ReadJsonAsync()).GetProperty("data").GetProperty("createIdea");
        Assert.NotEqual(0, payload.GetProperty("errors").GetArrayLength());
        Assert.Equal("true", retry.Headers.GetValues(IdempotentMutations.ReplayedHeader).Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_that_was_not_executed_is_not_kept()
    {
        // $t is missing: variable coercion stops the request before execution.
        var dialogue = await DialogueIdAsync(api);
        var body = JsonSerializer.Serialize(new { query = Create, variables = new { d = dialogue } });
        using var client = api.CreateClient();

        using var first = await SendAsync(api, client, body, "not-executed");
        using var retry = await SendAsync(api, client, body, "not-executed");

        await first.AssertStatusAsync(HttpStatusCode.BadRequest);
        await retry.AssertStatusAsync(HttpStatusCode.BadRequest);
        Assert.False(retry.Headers.Contains(IdempotentMutations.ReplayedHeader));
        Assert.Equal(0, await RecordsAsync(api, "not-executed"));
    }

    [Fact]
    public async Task Queries_ignore_the_key()
    {
        var body = JsonSerializer.Serialize(new { query = "{ ideas(first: 1) { totalCount } }" });
        using var client = api.CreateClient();

        using var first = await SendAsync(api, client, body, "query-key");
        using var second = await SendAsync(api, client, body, "query-key");

        await second.AssertStatusAsync(HttpStatusCode.OK);
        Assert.False(second.Headers.Contains(IdempotentMutations.ReplayedHeader));
        Assert.Equal(0, await RecordsAsync(api, "query-key"));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"no closing quote")]
    [InlineData("\"two\" \"strings\"")]
    [InlineData("has space")]
    [InlineData("\"bad \\n escape\"")]
    [InlineData("\"é\"")]
    public async Task A_malformed_key_is_400_IDEMPOTENCY_KEY_INVALID(string header)
    {
        using var client = api.CreateClient();
        using var response = await SendAsync(api, client, await CreateBodyAsync(api, "Ongeldige sleutel"), header);

        await response.AssertStatusAsync(HttpStatusCode.BadRequest);
        Assert.Equal("IDEMPOTENCY_KEY_INVALID", (await response.ReadJsonAsync()).FirstErrorCode());
        Assert.Equal(0, await CountIdeasAsync(api, "Ongeldige sleutel"));
    }

    [Fact]
    public async Task A_key_of_255_characters_is_accepted_and_one_of_256_refused()
    {
        using var client = api.CreateClient();
        using var longest = await SendAsync(api, client, await CreateBodyAsync(api, "Lange sleutel"), new string('k', 255));
        using var tooLong = await SendAsync(api, client, await CreateBodyAsync(api, "Te lange sleutel"), new string('k', 256));

        await longest.AssertStatusAsync(HttpStatusCode.OK);
        await tooLong.AssertStatusAsync(HttpStatusCode.BadRequest);
        Assert.Equal(1, await CountIdeasAsync(api, "Lange sleutel"));
    }

    [Fact]
    public async Task A_quoted_key_with_escapes_is_the_same_key_as_its_value()
    {
        var body = await CreateBodyAsync(api, "Ontsnapte sleutel");
        using var client = api.CreateClient();

        using var first = await SendAsync(api, client, body, "\"a\\\"b\"");
        using var retry = await SendAsync(api, client, body, "\"a\\\"b\"");

        Assert.Equal("true", retry.Headers.GetValues(IdempotentMutations.ReplayedHeader).Single());
        Assert.Equal(1, await RecordsAsync(api, "a\"b"));
    }

    [Fact]
    public async Task A_retry_while_the_first_runs_is_409_IDEMPOTENCY_KEY_IN_PROGRESS_and_then_gets_its_response()
    {
        var body = await CreateBodyAsync(api, "Trage schrijfactie");
        using var client = api.CreateClient();
        await WarmUpAsync(api, client);

        // A writer holds the ideas table, so the first request waits in its write.
        await using var ideas = await TableLock.HoldAsync(api.Database.ConnectionString, "ideas", "EXCLUSIVE");
        var first = SendAsync(api, client, body, "slow-key");
        await ideas.WaitForWaiterAsync();

        using var during = await SendAsync(api, client, body, "slow-key");
        await ideas.ReleaseAsync();
        using var firstResponse = await first;
        using var after = await SendAsync(api, client, body, "slow-key");

        await during.AssertStatusAsync(HttpStatusCode.Conflict);
        Assert.Equal(IdempotentMutations.InProgressCode, (await during.ReadJsonAsync()).FirstErrorCode());
        Assert.Equal("1", during.Headers.GetValues("Retry-After").Single());
        await firstResponse.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(await firstResponse.Content.ReadAsStringAsync(), await after.Content.ReadAsStringAsync());
        Assert.Equal(1, await CountIdeasAsync(api, "Trage schrijfactie"));
    }

    [Fact]
    public async Task A_key_whose_holder_ended_without_finishing_is_taken_over_after_its_lease()
    {
        // What a node that crashed mid-request leaves: the key claimed, nothing committed, no response.
        var body = await CreateBodyAsync(api, "Overgenomen sleutel");
        await InsertClaimAsync(api, "abandoned", body, lockedFor: "-1 second");
        await InsertClaimAsync(api, "still-held", body, lockedFor: "1 minute");
        using var client = api.CreateClient();

        using var abandoned = await SendAsync(api, client, body, "abandoned");
        using var held = await SendAsync(api, client, body, "still-held");

        await abandoned.AssertStatusAsync(HttpStatusCode.OK);
        Assert.False(abandoned.Headers.Contains(IdempotentMutations.ReplayedHeader));
        await held.AssertStatusAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await CountIdeasAsync(api, "Overgenomen sleutel"));
    }

    [Fact]
    public async Task A_write_of_a_request_that_no_longer_holds_its_key_is_not_committed()
    {
        await InsertClaimAsync(api, "taken-over", "{}", lockedFor: "1 minute");
        var stale = new IdempotencyClaim("sub:tester", "taken-over", Guid.NewGuid());
        await using var db = api.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();

        await Assert.ThrowsAsync<IdempotencyKeyLostException>(() => stale.EnlistAsync(db, CancellationToken.None));
    }

    [Fact]
    public async Task A_write_the_database_refuses_as_unavailable_is_503_and_not_kept_so_its_retry_runs_once()
    {
        var body = await CreateBodyAsync(api, "Storing tijdens schrijven");
        using var client = api.CreateClient();
        await RefuseAsShutdownAsync(api, "Storing tijdens schrijven");

        using var failed = await SendAsync(api, client, body, "outage-key");
        await StopRefusingAsync(api);
        using var retry = await SendAsync(api, client, body, "outage-key");
        using var again = await SendAsync(api, client, body, "outage-key");

        await failed.AssertStatusAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("DATABASE_UNAVAILABLE", (await failed.ReadJsonAsync()).FirstErrorCode());
        await retry.AssertStatusAsync(HttpStatusCode.OK);
        Assert.False(retry.Headers.Contains(IdempotentMutations.ReplayedHeader));
        Assert.Equal("true", again.Headers.GetValues(IdempotentMutations.ReplayedHeader).Single());
        Assert.Equal(1, await CountIdeasAsync(api, "Storing tijdens schrijven"));
    }

    [Fact]
    public async Task A_request_that_committed_a_write_before_an_outage_tells_its_retry_and_does_not_write_again()
    {
        // Two fields: the first commits, the second fails as in an outage; the response (503) is not an outcome to replay.
        var dialogue = await DialogueIdAsync(api);
        const string twoWrites = "mutation($d: ID!) { a: createIdea(input: { dialogueId: $d, title: \"Eerste van twee\", source: ONLINE }) { idea { id } } " +
                                 "b: createIdea(input: { dialogueId: $d, title: \"Tweede van twee\", source: ONLINE }) { idea { id } } }";
        var body = JsonSerializer.Serialize(new { query = twoWrites, variables = new { d = dialogue } });
        using var client = api.CreateClient();
        await RefuseAsShutdownAsync(api, "Tweede van twee");

        using var failed = await SendAsync(api, client, body, "half-done");
        await StopRefusingAsync(api);
        using var retry = await SendAsync(api, client, body, "half-done");

        await failed.AssertStatusAsync(HttpStatusCode.ServiceUnavailable);
        await retry.AssertStatusAsync(HttpStatusCode.Conflict);
        Assert.Equal(IdempotentMutations.CommittedCode, (await retry.ReadJsonAsync()).FirstErrorCode());
        Assert.Equal(1, await CountIdeasAsync(api, "Eerste van twee"));
        Assert.Equal(0, await CountIdeasAsync(api, "Tweede van twee"));
    }

    // --- helpers, shared with the other idempotency tests

    internal static async Task<string> DialogueIdAsync(ApiFactory api) =>
        (await api.DataAsync("{ dialogue(slug: \"verkenningsdialogen-burgers\") { id } }"))["dialogue"]!["id"]!.GetValue<string>();

    internal static async Task<string> CreateBodyAsync(ApiFactory api, string title) =>
        JsonSerializer.Serialize(new { query = Create, variables = new { d = await DialogueIdAsync(api), t = title } });

    /// <summary>POSTs <paramref name="body"/> as it is, with <c>Idempotency-Key: <paramref name="key"/></c> (the raw header value).</summary>
    internal static Task<HttpResponseMessage> SendAsync(ApiFactory api, HttpClient client, string body, string key, string actor = "tester")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", GraphQLHttp.GraphQLResponse);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.TokenFor(Role.Editor, actor));
        return client.SendAsync(request);
    }

    /// <summary>One mutation with a key of its own, so that the next request does not pay the host's first-request costs.</summary>
    internal static async Task WarmUpAsync(ApiFactory api, HttpClient client)
    {
        using var response = await SendAsync(api, client, await CreateBodyAsync(api, "Opwarmen"), "warm-up-" + Guid.NewGuid().ToString("N"));
        await response.AssertStatusAsync(HttpStatusCode.OK);
    }

    internal static async Task<int> CountIdeasAsync(ApiFactory api, string title)
    {
        await using var db = api.Database.CreateContext();
        return await db.Ideas.IgnoreQueryFilters().CountAsync(i => i.Title == title);
    }

    internal static async Task<int> RecordsAsync(ApiFactory api, string key)
    {
        await using var db = api.Database.CreateContext();
        return await db.IdempotencyRecords.CountAsync(r => r.Key == key);
    }

    private static async Task InsertClaimAsync(ApiFactory api, string key, string body, string lockedFor)
    {
        await using var connection = new NpgsqlConnection(api.Database.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand($"""
            INSERT INTO idempotency_records (scope, key, request_hash, lease, locked_until, created_at, expires_at)
            VALUES ('sub:tester', $1, $2, gen_random_uuid(), now() + interval '{lockedFor}', now(), now() + interval '1 day')
            """, connection);
        insert.Parameters.Add(new NpgsqlParameter { Value = key });
        insert.Parameters.Add(new NpgsqlParameter { Value = SHA256.HashData(Encoding.UTF8.GetBytes(body)) });
        await insert.ExecuteNonQueryAsync();
    }

    // PostgreSQL answers the insert of an idea titled `title` as a server shutting down (57P01), the way a restart
    // fails a running write, until StopRefusingAsync.
    private static Task RefuseAsShutdownAsync(ApiFactory api, string title) => ExecuteAsync(api, $$"""
        CREATE FUNCTION refuse_as_shutdown() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'terminating connection due to administrator command' USING ERRCODE = '57P01'; END $$;
        CREATE TRIGGER refuse_as_shutdown BEFORE INSERT ON ideas FOR EACH ROW WHEN (NEW.title = '{{title}}') EXECUTE FUNCTION refuse_as_shutdown();
        """);

    private static Task StopRefusingAsync(ApiFactory api) => ExecuteAsync(api, "DROP TRIGGER refuse_as_shutdown ON ideas; DROP FUNCTION refuse_as_shutdown();");

    private static async Task ExecuteAsync(ApiFactory api, string sql)
    {
        await using var connection = new NpgsqlConnection(api.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>The API host with keys kept one second and cleaned up every second.</summary>
public sealed class ShortRetentionApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Idempotency:Retention", "00:00:01");
        builder.UseSetting("Idempotency:CleanupInterval", "00:00:01");
    }
}

/// <summary>Keys expire after <c>Idempotency:Retention</c>: then the same key is a new request, and the cleanup deletes it.</summary>
public class IdempotencyRetentionTests(ShortRetentionApiFactory api) : IClassFixture<ShortRetentionApiFactory>
{
    [Fact]
    public async Task An_expired_key_runs_again_and_the_cleanup_deletes_expired_keys()
    {
        var body = await IdempotencyKeyTests.CreateBodyAsync(api, "Verlopen sleutel");
        using var client = api.CreateClient();
        // Warm: a first request that runs longer than the retention would lose its key to the cleanup, and not commit.
        await IdempotencyKeyTests.WarmUpAsync(api, client);

        using var first = await IdempotencyKeyTests.SendAsync(api, client, body, "expiring");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        using var later = await IdempotencyKeyTests.SendAsync(api, client, body, "expiring");
        var deleted = false;
        for (var i = 0; i < 60 && !deleted; i++)
        {
            await Task.Delay(100);
            deleted = await IdempotencyKeyTests.RecordsAsync(api, "expiring") == 0;
        }

        await first.AssertStatusAsync(HttpStatusCode.OK);
        Assert.False(later.Headers.Contains(IdempotentMutations.ReplayedHeader));
        Assert.Equal(2, await IdempotencyKeyTests.CountIdeasAsync(api, "Verlopen sleutel"));
        Assert.True(deleted, "the expired key was not deleted within 6 s");
    }
}

/// <summary>A mutation with a key that runs past <c>GraphQL:RequestTimeout</c> commits nothing and keeps nothing: its retry runs once.</summary>
public class IdempotencyTimeoutTests(ShortTimeoutApiFactory api) : IClassFixture<ShortTimeoutApiFactory>
{
    [Fact]
    public async Task A_mutation_that_timed_out_is_not_kept_and_its_retry_runs_once()
    {
        var body = await IdempotencyKeyTests.CreateBodyAsync(api, "Te trage schrijfactie");
        using var client = api.CreateClient();
        await IdempotencyKeyTests.WarmUpAsync(api, client);

        await using (await TableLock.HoldAsync(api.Database.ConnectionString, "ideas", "EXCLUSIVE"))
        {
            using var timedOut = await IdempotencyKeyTests.SendAsync(api, client, body, "timeout-key");
            await timedOut.AssertStatusAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("TIMEOUT", (await timedOut.ReadJsonAsync()).FirstErrorCode());
        }

        using var retry = await IdempotencyKeyTests.SendAsync(api, client, body, "timeout-key");

        await retry.AssertStatusAsync(HttpStatusCode.OK);
        Assert.False(retry.Headers.Contains(IdempotentMutations.ReplayedHeader));
        Assert.Equal(1, await IdempotencyKeyTests.CountIdeasAsync(api, "Te trage schrijfactie"));
    }
}
