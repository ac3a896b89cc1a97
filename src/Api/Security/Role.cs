using System.Security.Claims;

namespace Dialoogtafels.Api.Security;

/// <summary>
/// The roles of the CMS, in increasing power; each includes the ones before it. Anonymous callers
/// have none and read published content only. Tokens carry them in the <c>role</c> claim as
/// <c>EDITOR</c>, <c>PUBLISHER</c> or <c>ADMIN</c>.
/// </summary>
public enum Role
{
    /// <summary>Creates and edits drafts, submits them for review.</summary>
    Editor = 1,

    /// <summary>Also publishes, unpublishes and archives content, and manages themes.</summary>
    Publisher = 2,

    /// <summary>Everything, including the audit trail.</summary>
    Admin = 3,
}

/// <summary>Reads roles from a <see cref="ClaimsPrincipal"/>.</summary>
public static class Roles
{
    /// <summary>The claim type that carries the role (JWT <c>role</c>).</summary>
    public const string ClaimType = "role";

    /// <summary>The claim type that names the actor (JWT <c>sub</c>), recorded in audit records.</summary>
    public const string ActorClaimType = "sub";

    /// <summary>
    /// The highest role of <paramref name="user"/> among its <c>role</c> claims whose value is exactly
    /// <c>EDITOR</c>, <c>PUBLISHER</c> or <c>ADMIN</c>; null for anonymous callers and unknown roles.
    /// </summary>
    public static Role? Of(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return null;
        Role? best = null;
        foreach (var claim in user.FindAll(ClaimType))
        {
            // Only the exact names: Enum.TryParse would read "3", " ADMIN" or "Editor,Publisher" (flags OR-ed) as ADMIN.
            Role? role = claim.Value switch { "EDITOR" => Role.Editor, "PUBLISHER" => Role.Publisher, "ADMIN" => Role.Admin, _ => null };
            if (role is not null && (best is null || role > best)) best = role;
        }

        return best;
    }

    /// <summary>True when <paramref name="user"/> has <paramref name="required"/> or a higher role.</summary>
    public static bool Has(ClaimsPrincipal? user, Role required) => Of(user) is { } role && role >= required;

    /// <summary>The actor's name for audit records: the <c>sub</c> claim, else "anoniem".</summary>
    public static string Actor(ClaimsPrincipal? user) => user?.FindFirst(ActorClaimType)?.Value ?? user?.Identity?.Name ?? "anoniem";

    /// <summary>The wire name of a role, e.g. <c>PUBLISHER</c>.</summary>
    public static string Name(Role role) => role.ToString().ToUpperInvariant();
}
