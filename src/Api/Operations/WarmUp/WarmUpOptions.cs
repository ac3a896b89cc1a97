namespace Dialoogtafels.Api.Operations.WarmUp;

/// <summary>
/// The warm-up before readiness (<see cref="WarmUpService"/>), bound from the configuration section
/// <c>WarmUp</c>: <c>WarmUp:Enabled</c>, <c>WarmUp:Duration</c>, <c>WarmUp:Concurrency</c>.
/// </summary>
public sealed class WarmUpOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "WarmUp";

    /// <summary>Whether the API warms up after start (default true); when false, readiness does not wait for it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long the warm-up sends its documents after their first round (default 4 seconds, a
    /// <see cref="TimeSpan"/> such as <c>00:00:04</c>): long enough for .NET's tiered compilation to
    /// replace the first, unoptimised code of the hot paths (bench/README.md, "Warm-up"). 0 runs one round only.
    /// </summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>How many warm-up requests run at once (default 0: one per processor).</summary>
    public int Concurrency { get; set; }
}
