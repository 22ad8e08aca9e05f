using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Model;

namespace Tdkt.Voting;

/// <summary>The cluster-year as the voting service knows it, with its conference rules (the framework's, or the defaults).</summary>
public sealed record VotingYear(ClusterYearCopy Copy)
{
    public ConferenceRules Rules => FrameworkCache.Load(Copy.FrameworkYaml)?.Conference ?? ConferenceRules.Default;
    public string Name => Copy.ClusterName;
    public string UnitName(string unitId) => Copy.Members.FirstOrDefault(m => m.UnitId == unitId)?.Name ?? unitId;
}

/// <summary>Who may do what in a cluster-year's conferences: the head and deputy run them; members take part.</summary>
public static class VotingAccess
{
    public static async Task<(VotingYear?, ProblemHttpResult?)> YearAsync(this VotingDb db, string clusterId, int year, CancellationToken ct) =>
        await db.ReadYearAsync(clusterId, year, ct) is { } copy
            ? (new VotingYear(copy), null)
            : (null, ClusterYearProblems.NotOpened(clusterId, year));

    public static async Task<(VotingYear?, ProblemHttpResult?)> LeadAsync(this VotingDb db, string clusterId, int year,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var (y, problem) = await db.YearAsync(clusterId, year, ct);
        if (problem is not null) return (null, problem);
        return user.Unit() is { } unit && y!.Copy.IsLedBy(unit)
            ? (y, null)
            : (null, Problems.Forbidden($"Chỉ Cụm trưởng, Cụm phó của {y!.Name} năm {year} được điều hành hội nghị."));
    }

    /// <summary>The head and deputy, the members, the board and administrators.</summary>
    public static async Task<(VotingYear?, ProblemHttpResult?)> ReadAsync(this VotingDb db, string clusterId, int year,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var (y, problem) = await db.YearAsync(clusterId, year, ct);
        if (problem is not null) return (null, problem);
        if (user.IsInRole(Roles.Board) || user.IsInRole(Roles.Admin)) return (y, null);
        if (user.Unit() is { } unit && y!.Copy.IsLedBy(unit)) return (y, null);
        if (user.MemberUnit() is { } member && y!.Copy.HasMember(member)) return (y, null);
        return (null, Problems.Forbidden($"Chỉ các đơn vị của {y!.Name}, Ban Thi đua – Khen thưởng và quản trị viên xem được hội nghị năm {year}."));
    }

    /// <summary>A member unit speaking for itself (confirming, taking its ballot code).</summary>
    public static async Task<(VotingYear?, string?, ProblemHttpResult?)> MemberAsync(this VotingDb db, string clusterId, int year,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var (y, problem) = await db.YearAsync(clusterId, year, ct);
        if (problem is not null) return (null, null, problem);
        return user.MemberUnit() is { } unit && y!.Copy.HasMember(unit)
            ? (y, unit, null)
            : (null, null, Problems.Forbidden($"Chỉ đơn vị thành viên của {y!.Name} năm {year} làm được việc này, bằng tài khoản của đơn vị."));
    }

    public static string Who(this ClaimsPrincipal user) => user.FindFirst(TdktClaims.Subject)?.Value ?? user.Unit() ?? "?";
}
