namespace Dialoogtafels.Api.Security;

/// <summary>
/// Token validation settings (configuration section <c>Authentication</c>). Production: an OpenID
/// Connect provider (<see cref="Authority"/>, <see cref="Audience"/>) issues the tokens. Local use:
/// <see cref="SigningKey"/> enables development tokens minted by the API's <c>token</c> command.
/// With neither set, every request is anonymous.
/// </summary>
public sealed class DialoogAuthenticationOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Authentication";

    /// <summary>Issuer of development tokens.</summary>
    public const string DevelopmentIssuer = "dialoogtafels-development";

    /// <summary>The OpenID Connect authority (issuer URL) whose signing keys are trusted; null when none.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for.</summary>
    public string Audience { get; set; } = "dialoogtafels";

    /// <summary>A base64 key of at least 32 bytes for HMAC-SHA256 development tokens; null disables them. Never set it in production.</summary>
    public string? SigningKey { get; set; }
}
