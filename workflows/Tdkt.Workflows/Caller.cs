using System.Security.Claims;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;

namespace Tdkt.Workflows;

/// <summary>Who is calling, in the terms the workflow API decides on.</summary>
internal static class Caller
{
    public const string NotFollowing =
        "Chỉ Trưởng cụm, Phó cụm, các đơn vị thành viên của năm thi đua này, Ban Thi đua – Khen thưởng và quản trị viên được xem.";

    /// <summary>A unit (or a head acting as its own unit) reading what was sent to it.</summary>
    public static bool Is(this ClaimsPrincipal user, string unitId) => user.MemberUnit() == unitId;

    /// <summary>The head (or deputy) unit of that cluster-year, or an administrator.</summary>
    public static bool Leads(this ClaimsPrincipal user, ClusterYearCopy year) =>
        user.IsInRole(Roles.Admin) || (user.IsInRole(Roles.Head) && user.Unit() is { } unit && year.IsLedBy(unit));

    public static bool Oversees(this ClaimsPrincipal user, ClusterYearCopy year) => user.IsInRole(Roles.Board) || user.Leads(year);

    /// <summary>
    /// Everyone who follows the cluster-year: those who oversee it and its member units, as the seeds ask
    /// for transparency between members. A unit of another cluster is not among them.
    /// </summary>
    public static bool Follows(this ClaimsPrincipal user, ClusterYearCopy year) =>
        user.Oversees(year) || (user.MemberUnit() is { } unit && year.HasMember(unit));
}
