namespace Dialoogtafels.Domain.Cms;

/// <summary>
/// One <c>Idempotency-Key</c> of a caller (IETF draft "The Idempotency-Key HTTP Header Field",
/// draft-ietf-httpapi-idempotency-key-header): the mutation request that first came with it and, once it is
/// done, its response, replayed to retries. Shared by every API node through the database. A request holds the
/// key through <see cref="Lease"/> until <see cref="LockedUntil"/>; every write it makes sets
/// <see cref="CommittedAt"/> in the write's own transaction, so the row tells whether anything of the request
/// was committed. Kept until <see cref="ExpiresAt"/>.
/// </summary>
public class IdempotencyRecord
{
    /// <summary>The longest key accepted, in characters (the draft leaves it to the server).</summary>
    public const int KeyMaxLength = 255;

    /// <summary>The longest caller scope, in characters: a prefix and the token's subject.</summary>
    public const int ScopeMaxLength = 300;

    /// <summary>Whose key it is: <c>sub:</c> and the token's subject (keys of different callers never meet).</summary>
    public required string Scope { get; set; }

    /// <summary>The header's value, 1 to <see cref="KeyMaxLength"/> printable ASCII characters.</summary>
    public required string Key { get; set; }

    /// <summary>SHA-256 of the request body (32 bytes): a retry must send the same body.</summary>
    public required byte[] RequestHash { get; set; }

    /// <summary>Identifies the request that holds the key now; a write of another request cannot mark it.</summary>
    public Guid Lease { get; set; }

    /// <summary>Until when the holding request may still be running (UTC); after it, a retry may take an unfinished key over.</summary>
    public DateTimeOffset LockedUntil { get; set; }

    /// <summary>When a write of the request committed (UTC); null while nothing was committed.</summary>
    public DateTimeOffset? CommittedAt { get; set; }

    /// <summary>The stored response's HTTP status code; null until the request is done.</summary>
    public int? ResponseStatus { get; set; }

    /// <summary>The stored response's <c>Content-Type</c>.</summary>
    public string? ResponseContentType { get; set; }

    /// <summary>The stored response's body (UTF-8 JSON).</summary>
    public byte[]? ResponseBody { get; set; }

    /// <summary>When the first request with the key arrived (UTC, the database's clock).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the key is forgotten (UTC): <see cref="CreatedAt"/> plus the retention (24 hours by default).</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
