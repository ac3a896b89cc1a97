using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Dialoogtafels.Api.Security;

/// <summary>
/// Mints signed development tokens (HMAC-SHA256 with <see cref="DialoogAuthenticationOptions.SigningKey"/>,
/// issuer <see cref="DialoogAuthenticationOptions.DevelopmentIssuer"/>) for local use and tests:
/// <c>scripts/run token EDITOR [name]</c>.
/// </summary>
public static class DevelopmentTokens
{
    /// <summary>The signing key from its base64 (or plain text) form.</summary>
    /// <exception cref="InvalidOperationException">When the key is shorter than 32 bytes.</exception>
    public static SymmetricSecurityKey Key(string signingKey)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(signingKey);
        }
        catch (FormatException)
        {
            bytes = Encoding.UTF8.GetBytes(signingKey);
        }

        if (bytes.Length < 32) throw new InvalidOperationException("Authentication:SigningKey must hold at least 32 bytes.");
        return new SymmetricSecurityKey(bytes);
    }

    /// <summary>A token for <paramref name="actor"/> in <paramref name="role"/>, valid for <paramref name="lifetime"/> (default 8 hours).</summary>
    public static string Mint(DialoogAuthenticationOptions options, Role role, string actor, TimeSpan? lifetime = null)
    {
        var key = Key(options.SigningKey ?? throw new InvalidOperationException("Authentication:SigningKey is not configured."));
        var now = DateTime.UtcNow;
        var token = new JwtSecurityToken(
            issuer: DialoogAuthenticationOptions.DevelopmentIssuer,
            audience: options.Audience,
            claims: [new Claim(Roles.ActorClaimType, actor), new Claim(Roles.ClaimType, Roles.Name(role))],
            notBefore: now,
            expires: now + (lifetime ?? TimeSpan.FromHours(8)),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
