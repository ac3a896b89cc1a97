using Dialoogtafels.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Dialoogtafels.Api.Operations;

/// <summary>
/// Where public reads go now (<see cref="DatabaseServers.Reads"/>), for <c>/health/ready</c> when a standby is
/// configured: Healthy when they reach a standby (the description names it, with the time of the last
/// transaction it replayed); Degraded, not Unhealthy, when no standby answers and they fall back to the
/// primary, or when that connection fails too (then the primary's own check fails the readiness). A degraded
/// node still answers everything; ASP.NET Core answers Degraded with 200.
/// </summary>
public sealed class StandbyHealthCheck(DatabaseServers servers) : IHealthCheck
{
    /// <summary>The name of the check in the readiness report.</summary>
    public const string Name = "postgresql-standby";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (servers.Reads is not { } reads) return HealthCheckResult.Healthy("No standby is configured; reads go to the primary.");
        try
        {
            await using var connection = await reads.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_is_in_recovery(), pg_last_xact_replay_timestamp()", connection);
            await using var row = await command.ExecuteReaderAsync(cancellationToken);
            await row.ReadAsync(cancellationToken);
            var server = $"{connection.Host}:{connection.Port}";
            if (!row.GetBoolean(0))
                return HealthCheckResult.Degraded($"No standby answers; public reads go to the primary {server}.");
            var replayed = row.IsDBNull(1) ? "none yet" : row.GetFieldValue<DateTime>(1).ToString("O");
            return HealthCheckResult.Healthy($"Public reads go to the standby {server} (last replayed transaction: {replayed}).");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Degraded($"No server answers public reads: {exception.Message}", exception);
        }
    }
}
