using Dialoogtafels.Persistence;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Dialoogtafels.Api.Http.Idempotency;

/// <summary>What a request with an <c>Idempotency-Key</c> finds (<see cref="IdempotencyRecordStore.ClaimAsync"/>).</summary>
public enum ClaimOutcome
{
    /// <summary>The request holds the key now and runs.</summary>
    Claimed,

    /// <summary>A request with the same key and body is done: its response is replayed.</summary>
    Done,

    /// <summary>The key came with another body before (422).</summary>
    Reused,

    /// <summary>A request with the key is still running, or may be (409).</summary>
    InProgress,

    /// <summary>A request with the key committed writes, but its response could not be kept (409).</summary>
    CommittedWithoutResponse,
}

/// <summary>A stored response: status code, <c>Content-Type</c> and body.</summary>
public sealed record StoredResponse(int Status, string ContentType, byte[] Body);

/// <summary>
/// The table <c>idempotency_records</c> (<see cref="Domain.Cms.IdempotencyRecord"/>), in single statements that are
/// safe when several API nodes race for one key: the database decides who holds it, on the database's clock.
/// </summary>
public sealed class IdempotencyRecordStore(NpgsqlDataSource dataSource, IOptions<IdempotencyOptions> options, IOptions<GraphQLHttpOptions> http)
{
    /// <summary>
    /// How long a claim holds a key before a retry may take it over when its request never finished it (a crashed
    /// node): the request's deadline <see cref="GraphQLHttpOptions.RequestTimeout"/>, the grace after it, and a second.
    /// A slower execution cannot commit after a takeover (<see cref="IdempotencyClaim"/>).
    /// </summary>
    public TimeSpan LeaseFor => http.Value.RequestTimeout + GraphQLHttpHandler.TimeoutGrace + TimeSpan.FromSeconds(1);

    // One statement: insert the key, or take over an expired one or one whose holder ended without writing or
    // finishing it (same body only); else read what is there. A key another request inserted meanwhile is not
    // visible to this statement's snapshot: no row, which means it is in progress.
    private const string ClaimSql = """
        WITH claimed AS (
            INSERT INTO idempotency_records AS r (scope, key, request_hash, lease, locked_until, created_at, expires_at)
            VALUES ($1, $2, $3, $4, now() + $5, now(), now() + $6)
            ON CONFLICT (scope, key) DO UPDATE SET
                request_hash = excluded.request_hash, lease = excluded.lease, locked_until = excluded.locked_until,
                created_at = excluded.created_at, expires_at = excluded.expires_at, committed_at = NULL,
                response_status = NULL, response_content_type = NULL, response_body = NULL
            WHERE r.expires_at <= now()
               OR (r.committed_at IS NULL AND r.response_status IS NULL AND r.locked_until <= now() AND r.request_hash = excluded.request_hash)
            RETURNING 1)
        SELECT true, true, NULL::int, NULL::text, NULL::bytea, false, false FROM claimed
        UNION ALL
        SELECT false, r.request_hash = $3, r.response_status, r.response_content_type, r.response_body,
               r.committed_at IS NOT NULL, r.locked_until > now()
        FROM idempotency_records r
        WHERE r.scope = $1 AND r.key = $2 AND NOT EXISTS (SELECT 1 FROM claimed)
        """;

    /// <summary>
    /// Claims (<paramref name="scope"/>, <paramref name="key"/>) for a request whose body hashes to
    /// <paramref name="requestHash"/> under <paramref name="lease"/>, or says why not (with the stored response when
    /// <see cref="ClaimOutcome.Done"/>). Throws the database's exception when it cannot be reached.
    /// </summary>
    public async Task<(ClaimOutcome Outcome, StoredResponse? Response)> ClaimAsync(
        string scope, string key, byte[] requestHash, Guid lease, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.Add(new NpgsqlParameter { Value = scope });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = requestHash, NpgsqlDbType = NpgsqlDbType.Bytea });
        command.Parameters.Add(new NpgsqlParameter { Value = lease });
        command.Parameters.Add(new NpgsqlParameter { Value = LeaseFor, NpgsqlDbType = NpgsqlDbType.Interval });
        command.Parameters.Add(new NpgsqlParameter { Value = options.Value.Retention, NpgsqlDbType = NpgsqlDbType.Interval });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return (ClaimOutcome.InProgress, null);
        if (reader.GetBoolean(0)) return (ClaimOutcome.Claimed, null);
        if (!reader.GetBoolean(1)) return (ClaimOutcome.Reused, null);
        if (!reader.IsDBNull(2))
            return (ClaimOutcome.Done, new StoredResponse(reader.GetInt32(2), reader.GetString(3), reader.GetFieldValue<byte[]>(4)));
        var committed = reader.GetBoolean(5);
        var locked = reader.GetBoolean(6);
        return (committed && !locked ? ClaimOutcome.CommittedWithoutResponse : ClaimOutcome.InProgress, null);
    }

    /// <summary>Stores <paramref name="response"/> as the outcome of <paramref name="claim"/>, so that retries replay it.</summary>
    public async Task StoreAsync(IdempotencyClaim claim, StoredResponse response, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE idempotency_records SET response_status = $4, response_content_type = $5, response_body = $6, locked_until = now()
            WHERE scope = $1 AND key = $2 AND lease = $3
            """);
        AddClaim(command.Parameters, claim);
        command.Parameters.Add(new NpgsqlParameter { Value = response.Status });
        command.Parameters.Add(new NpgsqlParameter { Value = response.ContentType });
        command.Parameters.Add(new NpgsqlParameter { Value = response.Body, NpgsqlDbType = NpgsqlDbType.Bytea });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Ends <paramref name="claim"/> without a response: the key is deleted when none of the request's writes
    /// committed (a retry runs as a new request), else kept as committed without response, unlocked at once.
    /// Two statements, the second after the first's wait for a write that was still committing.
    /// </summary>
    public async Task ReleaseAsync(IdempotencyClaim claim, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        var delete = new NpgsqlBatchCommand("DELETE FROM idempotency_records WHERE scope = $1 AND key = $2 AND lease = $3 AND committed_at IS NULL");
        AddClaim(delete.Parameters, claim);
        var unlock = new NpgsqlBatchCommand("UPDATE idempotency_records SET locked_until = now() WHERE scope = $1 AND key = $2 AND lease = $3");
        AddClaim(unlock.Parameters, claim);
        batch.BatchCommands.Add(delete);
        batch.BatchCommands.Add(unlock);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes the keys whose retention has passed; returns how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM idempotency_records WHERE expires_at <= now()");
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddClaim(NpgsqlParameterCollection parameters, IdempotencyClaim claim)
    {
        parameters.Add(new NpgsqlParameter { Value = claim.Scope });
        parameters.Add(new NpgsqlParameter { Value = claim.Key });
        parameters.Add(new NpgsqlParameter { Value = claim.Lease });
    }
}
