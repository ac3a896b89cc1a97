namespace Dialoogtafels.Api.Operations;

/// <summary>
/// Per-client request limits (section <c>RateLimiting</c>), enforced by ASP.NET Core's rate limiter
/// (<see cref="RateLimiting"/>). A client is its remote address — the forwarded address only when the
/// request comes through a proxy listed in <c>ForwardedHeaders:KnownProxies</c> — or, for a CMS user, the
/// token's subject.
/// </summary>
public sealed class RateLimitingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "RateLimiting";

    /// <summary>False switches the limits off (e.g. behind a gateway that limits already).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests per minute of one anonymous client (address); more get 429.</summary>
    public int PermitsPerMinute { get; set; } = 600;

    /// <summary>Requests per minute of one CMS user (EDITOR or higher, by token subject).</summary>
    public int CmsPermitsPerMinute { get; set; } = 3_000;

    /// <summary>Segments of the sliding one-minute window: the finer, the smoother the limit (1 to 60).</summary>
    public int SegmentsPerMinute { get; set; } = 6;
}
