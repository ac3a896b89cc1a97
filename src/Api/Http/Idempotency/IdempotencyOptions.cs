namespace Dialoogtafels.Api.Http.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> policy of mutations (configuration section <c>Idempotency</c>), which the draft
/// asks a server to publish: keys are kept <see cref="Retention"/> from their first request, per caller.
/// </summary>
public sealed class IdempotencyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Idempotency";

    /// <summary>How long a key and its response are kept from the key's first request (<c>Idempotency:Retention</c>, default 24 hours).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired keys are deleted (<c>Idempotency:CleanupInterval</c>, default 1 hour); an expired key is also reused when it comes again.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
