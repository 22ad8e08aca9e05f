using System.Security.Claims;

namespace Tdkt.Platform.Auth;

public static class CallerUnit
{
    /// <summary>The unit the caller's token acts for, if any.</summary>
    public static string? Unit(this ClaimsPrincipal user) => user.FindFirst(TdktClaims.Unit)?.Value;
}
