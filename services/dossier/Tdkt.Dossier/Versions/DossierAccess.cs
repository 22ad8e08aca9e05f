using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Problems;

namespace Tdkt.Dossier.Versions;

/// <summary>The head and deputy of the year prepare the dossier; Ban TĐKT and administrators read it.</summary>
public static class DossierAccess
{
    public static async Task<(ClusterYearCopy?, ProblemHttpResult?)> LeadAsync(this DossierDb db, string clusterId, int year, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.ReadYearAsync(clusterId, year, ct) is not { } copy) return (null, ClusterYearProblems.NotOpened(clusterId, year));
        return user.Unit() is { } unit && copy.IsLedBy(unit)
            ? (copy, null)
            : (null, Problems.Forbidden($"Chỉ Cụm trưởng, Cụm phó của {copy.ClusterName} năm {year} lập và duyệt hồ sơ khen thưởng."));
    }

    public static async Task<(ClusterYearCopy?, ProblemHttpResult?)> ReadAsync(this DossierDb db, string clusterId, int year, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.ReadYearAsync(clusterId, year, ct) is not { } copy) return (null, ClusterYearProblems.NotOpened(clusterId, year));
        if (user.IsInRole(Roles.Board) || user.IsInRole(Roles.Admin) || user.Unit() is { } unit && copy.IsLedBy(unit)) return (copy, null);
        return (null, Problems.Forbidden($"Hồ sơ khen thưởng của {copy.ClusterName} năm {year} chỉ Cụm trưởng, Cụm phó và Ban TĐKT xem được."));
    }

    public static string Who(this ClaimsPrincipal user) => user.FindFirst(TdktClaims.Subject)?.Value ?? user.Unit() ?? "?";
}
