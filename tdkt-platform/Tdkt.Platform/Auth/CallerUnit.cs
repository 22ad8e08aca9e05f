using System.Security.Claims;

namespace Tdkt.Platform.Auth;

public static class CallerUnit
{
    /// <summary>The unit the caller's token acts for, if any.</summary>
    public static string? Unit(this ClaimsPrincipal user) => user.FindFirst(TdktClaims.Unit)?.Value;

    /// <summary>
    /// The member unit the caller acts as: a unit's own, or a head's (the head of a cluster is a member
    /// unit too and sends its own unit's papers with its head token); null for the board and admins.
    /// </summary>
    public static string? MemberUnit(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Unit) || user.IsInRole(Roles.Head) ? user.Unit() : null;
}
