using System.Security.Claims;
using Tdkt.Platform.Auth;

namespace Tdkt.Registry.Years;

/// <summary>Who may read a cluster-year's setup: administrators, the board, and the year's own head, deputy and members.</summary>
public static class YearReaders
{
    public const string Refused =
        "Chỉ quản trị viên, Ban Thi đua – Khen thưởng, Trưởng cụm, Phó cụm và các đơn vị thành viên của năm thi đua này được xem.";

    public static bool MayRead(this ClaimsPrincipal user, EmulationYear year) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Board)
        || (user.MemberUnit() is { } unit
            && (year.HeadUnitId == unit || year.DeputyUnitId == unit || year.MemberUnitIds.Contains(unit)));
}
