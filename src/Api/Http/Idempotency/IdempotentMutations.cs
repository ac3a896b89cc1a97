using System.Security.Cryptography;
using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Persistence;
using GraphQL;
using GraphQL.Execution;
using Npgsql;

namespace Dialoogtafels.Api.Http.Idempotency;

/// <summary>
/// Mutations with an <c>Idempotency-Key</c> (draft-ietf-httpapi-idempotency-key-header), for
/// <see cref="GraphQLHttpHandler"/>: a POST whose selected operation is a mutation, from an authenticated caller
/// (mutations need a CMS role, so anonymous callers have none to repeat; their header is ignored, as is the
/// header of queries). Keys are per caller (<c>sub:</c> and the token's subject) and kept
/// <see cref="IdempotencyOptions.Retention"/>.
/// <list type="bullet">
/// <item>The first request with a key claims it (<see cref="IdempotencyRecordStore.ClaimAsync"/>) and runs; each of
/// its writes marks the key committed in the write's own transaction (<see cref="IdempotencyClaim"/>).</item>
/// <item>When it has executed, its response (status, <c>Content-Type</c>, body) is stored, payload errors
/// (<c>ValidationError</c>, <c>ConcurrencyError</c>, …) included: that is the outcome a retry gets. Not stored are
/// requests that did not execute (refused documents) and responses with a database outage
/// (<see cref="DatabaseUnavailableError"/>), a timeout or an unexpected fault: their key is released, so a retry
/// runs, unless one of their writes committed; then a retry learns that (<see cref="CommittedCode"/>).</item>
/// <item>A retry with the same key and the same body (byte for byte, SHA-256) gets the stored response again with
/// <c>Idempotent-Replayed: true</c>; with another body 422 <see cref="ReusedCode"/>; while the first still runs 409
/// <see cref="InProgressCode"/> with <c>Retry-After: 1</c>.</item>
/// </list>
/// When the database cannot be reached at the claim, the answer is 503 <c>DATABASE_UNAVAILABLE</c> and nothing is
/// kept; when it goes away before the outcome is kept, the outcome is retried every second in the background until
/// the claim's lease ends (after which a retry may take an unfinished key over).
/// </summary>
internal sealed class IdempotentMutations(IdempotencyRecordStore store, IHostApplicationLifetime lifetime, NpgsqlDataSource dataSource, ILogger<IdempotentMutations> logger)
{
    /// <summary>Code of a key that came before with another request body (422).</summary>
    public const string ReusedCode = "IDEMPOTENCY_KEY_REUSED";

    /// <summary>Code of a key whose first request is still running (409).</summary>
    public const string InProgressCode = "IDEMPOTENCY_KEY_IN_PROGRESS";

    /// <summary>Code of a key whose first request committed writes but whose response could not be kept (409).</summary>
    public const string CommittedCode = "IDEMPOTENCY_KEY_COMMITTED";

    /// <summary>The response header that marks a replayed response.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>
    /// The caller scope of <paramref name="context"/>'s keys (<c>sub:</c> and the subject), or null when the caller is
    /// anonymous and keys do not apply.
    /// </summary>
    public static string? ScopeOf(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? "sub:" + Security.Roles.Actor(context.User) : null;

    /// <summary>
    /// Claims <paramref name="key"/> for the request with <paramref name="body"/>. Returns the claim, set as the
    /// request's <see cref="IWriteParticipant"/>, when the request should run; otherwise answers it (replay, 409, 422)
    /// and returns null.
    /// </summary>
    public async Task<IdempotencyClaim?> BeginAsync(HttpContext context, string mediaType, string scope, string key, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var claim = new IdempotencyClaim(scope, key, Guid.NewGuid());
        var (outcome, stored) = await store.ClaimAsync(scope, key, SHA256.HashData(body.Span), claim.Lease, cancellationToken);
        switch (outcome)
        {
            case ClaimOutcome.Claimed:
                context.Features.Set<IWriteParticipant>(claim);
                return claim;
            case ClaimOutcome.Done:
                context.Response.Headers[ReplayedHeader] = "true";
                await GraphQLResponseWriter.WriteStoredAsync(context, stored!);
                return null;
            case ClaimOutcome.Reused:
                await GraphQLResponseWriter.WriteErrorAsync(context, mediaType, new HttpRequestError(StatusCodes.Status422UnprocessableEntity,
                    $"This {IdempotencyKeyHeader.Name} was used before with another request body: send the same body again, or use a new key for a new request.",
                    ReusedCode));
                return null;
            case ClaimOutcome.InProgress:
                await GraphQLResponseWriter.WriteErrorAsync(context, mediaType, new HttpRequestError(StatusCodes.Status409Conflict,
                    $"A request with this {IdempotencyKeyHeader.Name} is still being processed: try again after the time in Retry-After.",
                    InProgressCode, RetryAfterSeconds: 1));
                return null;
            default:
                await GraphQLResponseWriter.WriteErrorAsync(context, mediaType, new HttpRequestError(StatusCodes.Status409Conflict,
                    $"A request with this {IdempotencyKeyHeader.Name} was carried out and its changes were committed, but its response " +
                    "could not be kept (the database went away first): read the current state instead of sending it again.",
                    CommittedCode));
                return null;
        }
    }

    /// <summary>
    /// Keeps the outcome of <paramref name="result"/> for <paramref name="claim"/> and writes the response; keeping it
    /// waits at most <see cref="KeepTimeout"/>, and at most <see cref="GraphQLHttpHandler.TimeoutGrace"/> once the
    /// request's <paramref name="deadline"/> has passed (then it goes on in the background).
    /// </summary>
    public async Task CompleteAsync(HttpContext context, string mediaType, IdempotencyClaim claim, ExecutionResult result, CancellationToken deadline)
    {
        var response = GraphQLResponseWriter.Render(context, mediaType, result);
        if (IsFinal(result)) await KeepAsync(ct => store.StoreAsync(claim, response, ct), deadline);
        else await ReleaseAsync(claim, deadline);
        await GraphQLResponseWriter.WriteStoredAsync(context, response);
    }

    /// <summary>
    /// Ends <paramref name="claim"/> without a response (<see cref="IdempotencyRecordStore.ReleaseAsync"/>), waiting as
    /// <see cref="CompleteAsync"/> does; never throws.
    /// </summary>
    public Task ReleaseAsync(IdempotencyClaim claim, CancellationToken deadline) => KeepAsync(ct => store.ReleaseAsync(claim, ct), deadline);

    // An executed result without a transient or unexpected failure is the request's outcome.
    private static bool IsFinal(ExecutionResult result) =>
        result.Executed && result.Errors?.Any(e => e is DatabaseUnavailableError or UnexpectedExecutionError or UnhandledError) != true;

    /// <summary>How long the outcome may take to be kept before the client is answered anyway (5 seconds).</summary>
    public static readonly TimeSpan KeepTimeout = TimeSpan.FromSeconds(5);

    // The outcome is kept now (within KeepTimeout, or the grace after the deadline; also while the host drains), or,
    // when the database is away or slow, in the background: once a second until the lease ends or the host has stopped.
    private async Task KeepAsync(Func<CancellationToken, Task> keep, CancellationToken deadline)
    {
        try
        {
            using var timeout = new CancellationTokenSource(KeepTimeout);
            await using (deadline.Register(() => timeout.CancelAfter(GraphQLHttpHandler.TimeoutGrace)))
                await keep(timeout.Token);
            return;
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e) || e is OperationCanceledException)
        {
            dataSource.Clear();
            logger.LogWarning("The outcome of an idempotent request could not be kept now ({Message}); retrying in the background.", e.Message);
        }
        catch (Exception e)
        {
            logger.LogError(e, "The outcome of an idempotent request could not be kept.");
            return;
        }

        var stopped = lifetime.ApplicationStopped;
        _ = Task.Run(async () =>
        {
            var end = DateTimeOffset.UtcNow + store.LeaseFor;
            while (DateTimeOffset.UtcNow < end)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stopped);
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopped);
                    timeout.CancelAfter(KeepTimeout);
                    await keep(timeout.Token);
                    logger.LogInformation("The outcome of an idempotent request was kept after the database came back.");
                    return;
                }
                catch (Exception e) when (DatabaseFailures.IsUnavailable(e) || (e is OperationCanceledException && !stopped.IsCancellationRequested))
                {
                    dataSource.Clear();
                }
                catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
                {
                    return; // the host stopped
                }
                catch (Exception e)
                {
                    logger.LogError(e, "The outcome of an idempotent request could not be kept.");
                    return;
                }
            }
        }, CancellationToken.None);
    }
}
