using Dialoogtafels.Persistence;
using Microsoft.Extensions.Options;

namespace Dialoogtafels.Api.Http.Idempotency;

/// <summary>
/// Deletes expired <c>Idempotency-Key</c>s every <see cref="IdempotencyOptions.CleanupInterval"/>
/// (<see cref="IdempotencyRecordStore.DeleteExpiredAsync"/>). Every node runs it; the deletes do not conflict.
/// A database outage skips a round.
/// </summary>
internal sealed class IdempotencyCleanup(IdempotencyRecordStore store, IOptions<IdempotencyOptions> options, ILogger<IdempotencyCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await store.DeleteExpiredAsync(stoppingToken);
                if (deleted > 0) logger.LogInformation("Deleted {Count} expired idempotency keys.", deleted);
            }
            catch (Exception e) when (DatabaseFailures.IsUnavailable(e))
            {
                logger.LogWarning("Expired idempotency keys were not deleted: the database is unavailable ({Message}).", e.Message);
            }
        }
    }
}
