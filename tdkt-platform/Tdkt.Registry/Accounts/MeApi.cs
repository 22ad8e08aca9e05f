using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Auth;

namespace Tdkt.Registry.Accounts;

/// <param name="Years">The opened emulation years of the unit's cluster it takes part in (head, deputy or member).</param>
public sealed record MeUnit(string Id, string Name, string ClusterId, string? ClusterName, IReadOnlyList<int>? Years = null);

public sealed record MeView(string UserName, string DisplayName, string Role, MeUnit? Unit);

public static class MeApi
{
    /// <summary>
    /// GET /registry/me, for any known role: who the token speaks for. Role and unit come from the token
    /// (what every service enforces); the display name from the account, or the token when there is none
    /// (a local-key token for a script has no account).
    /// </summary>
    public static void MapMeApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/registry/me", async (ClaimsPrincipal user, AccountDirectory accounts, RegistryDb db, CancellationToken ct) =>
        {
            var userName = user.FindFirst(TdktClaims.Subject)?.Value ?? "";
            var account = userName.Length is > 0 and <= 256 ? await accounts.FindAsync(userName) : null;
            var displayName = account?.DisplayName ?? user.FindFirst("name")?.Value ?? userName;
            MeUnit? unit = null;
            if (user.Unit() is { } unitId)
                unit = await (from u in db.Units
                              where u.Id == unitId
                              join c in db.Clusters on u.ClusterId equals c.Id into cs
                              from c in cs.DefaultIfEmpty()
                              select new MeUnit(u.Id, u.Name, u.ClusterId, c == null ? null : c.Name, null)).FirstOrDefaultAsync(ct);
            if (unit is not null)
            {
                var years = await db.Years.Where(y => y.ClusterId == unit.ClusterId && y.OpenedAt != null).ToListAsync(ct);
                unit = unit with
                {
                    Years = years.Where(y => y.HeadUnitId == unit.Id || y.DeputyUnitId == unit.Id || y.MemberUnitIds.Contains(unit.Id))
                        .Select(y => y.Year).Order().ToList(),
                };
            }
            return TypedResults.Ok(new MeView(userName, displayName, user.FindFirst(TdktClaims.Role)!.Value, unit));
        }).RequireAuthorization().WithTags("Registry");
}
