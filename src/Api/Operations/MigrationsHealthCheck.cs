using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dialoogtafels.Api.Operations;

/// <summary>
/// Healthy when the database has every migration of this build applied (EF Core's migrations history);
/// unhealthy, naming the pending ones, otherwise. Once healthy it stays so for the life of the process
/// (migrations are not taken back while it runs), so readiness then costs only the database check.
/// </summary>
public sealed class MigrationsHealthCheck(IDbContextFactory<DialoogtafelsDbContext> contexts) : IHealthCheck
{
    private volatile bool applied;

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (applied) return HealthCheckResult.Healthy("All migrations are applied.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
            return HealthCheckResult.Unhealthy($"Migrations not applied: {string.Join(", ", pending)}. Run the API's `migrate` command.");
        applied = true;
        return HealthCheckResult.Healthy("All migrations are applied.");
    }
}
