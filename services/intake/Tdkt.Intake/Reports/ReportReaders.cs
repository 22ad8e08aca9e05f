using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Problems;

namespace Tdkt.Intake.Reports;

/// <summary>
/// Who reads a unit's reports and downloads their files: the unit itself, the head and the deputy of
/// its cluster-year (who appraise it), the board (which receives the dossier) and administrators.
/// </summary>
public static class ReportReaders
{
    public static ProblemHttpResult? Refuse(ClaimsPrincipal user, ClusterYearCopy year, string unitId)
    {
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Board)) return null;
        if (user.MemberUnit() is { } caller && (caller == unitId || year.IsLedBy(caller))) return null;
        return Problems.Forbidden(
            $"Chỉ đơn vị gửi báo cáo, Trưởng cụm và Cụm phó của {year.ClusterName} năm {year.Year}, Ban Thi đua – Khen thưởng và quản trị viên được xem báo cáo này.");
    }
}
