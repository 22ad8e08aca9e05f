using System.Security.Claims;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;

namespace Tdkt.Intake.Covenants;

/// <summary>Who may do what with a cluster-year's covenant and registrations, in intake's terms.</summary>
public static class YearAccess
{
    public const string NotFollowing =
        "Chỉ Trưởng cụm, Phó cụm, các đơn vị thành viên của năm thi đua này, Ban Thi đua – Khen thưởng và quản trị viên được xem.";

    /// <summary>The head unit of that cluster-year, acting with its head token.</summary>
    public static bool IsHeadOf(this ClaimsPrincipal user, ClusterYearCopy year) =>
        user.IsInRole(Roles.Head) && user.Unit() == year.HeadUnitId;

    /// <summary>
    /// Those who oversee the year and its member units: the seeds ask for transparency between members,
    /// so each sees who has registered and signed.
    /// </summary>
    public static bool Follows(this ClaimsPrincipal user, ClusterYearCopy year) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Board)
        || (user.IsInRole(Roles.Head) && user.Unit() is { } head && year.IsLedBy(head))
        || (user.MemberUnit() is { } unit && year.HasMember(unit));
}
