using System.Security.Claims;
using Dialoogtafels.Persistence;

namespace Dialoogtafels.Api.Operations;

/// <summary>
/// The one rule that decides which PostgreSQL server a request uses when a streaming standby is configured
/// (<see cref="DatabaseServers"/>): a request that only reads and comes from an anonymous caller (no valid
/// bearer token) reads from a standby (<see cref="DatabaseRoute.PreferStandby"/>: the primary when no standby
/// answers); everything else uses the primary. So mutations, CMS reads and their
/// <c>version</c> checks see every committed write at once (an editor sees their own change), and the public
/// sees content, lists, statistics, exports and reports at most the replication delay late (usually
/// milliseconds on a streaming standby). Without a standby both routes lead to the one server.
/// </summary>
/// <remarks>
/// Callers: the GraphQL endpoint (reads only = the selected operation is a query), the exports and the
/// reports (always reads only). Migrations, imports and health checks run outside any route: on the primary.
/// </remarks>
public static class ReadRouting
{
    /// <summary>The route of a request by <paramref name="user"/> that only reads when <paramref name="readsOnly"/>.</summary>
    public static DatabaseRoute RouteOf(ClaimsPrincipal user, bool readsOnly) =>
        readsOnly && user.Identity?.IsAuthenticated != true ? DatabaseRoute.PreferStandby : DatabaseRoute.Primary;

    /// <summary>
    /// Whether a request that ran on <paramref name="route"/> and met an unavailable database
    /// (<paramref name="databaseUnavailable"/>) runs once more on the primary: only a read on a configured standby.
    /// When a standby stops, the connections pooled to it break and the first reads on them fail; Npgsql then
    /// marks the standby offline, so the repeated read goes to the primary and the reader sees no error. Only
    /// for GraphQL queries: an export or report meeting the same answers 503 <c>DATABASE_UNAVAILABLE</c> once.
    /// </summary>
    public static bool RetriesOnPrimary(DatabaseRoute route, DatabaseServers? servers, bool databaseUnavailable) =>
        databaseUnavailable && route == DatabaseRoute.PreferStandby && servers?.Reads is not null;

    /// <summary>Enters the route of <paramref name="context"/>'s request (<see cref="RouteOf"/>) for the calling method; dispose it to leave.</summary>
    public static IDisposable Enter(HttpContext context, bool readsOnly) => DatabaseRouting.Enter(RouteOf(context.User, readsOnly));
}
