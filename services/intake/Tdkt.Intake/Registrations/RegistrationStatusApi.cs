using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Intake.Covenants;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Problems;

namespace Tdkt.Intake.Registrations;

/// <param name="Excluded">As things stand: the unit would not be considered if the year ended now.</param>
public sealed record MemberRegistrationStatus(
    string UnitId, string Name, bool Registered, DateTimeOffset? RegisteredAt, int? Version,
    bool Signed, DateTimeOffset? SignedAt, bool Excluded, string? ExclusionReason);

/// <summary>Per member: registered (when) or not, signed or not, and the exclusion that follows from it.</summary>
public static class RegistrationStatusApi
{
    public static void MapRegistrationStatusApi(this RouteGroupBuilder intake) =>
        intake.MapGet("/clusters/{clusterId}/years/{year:int}/registrations/status", async Task<Results<Ok<List<MemberRegistrationStatus>>, ProblemHttpResult>> (
            string clusterId, int year, ClaimsPrincipal user, IntakeDb db, CancellationToken ct) =>
        {
            var copy = await db.ReadYearAsync(clusterId, year, ct);
            if (copy is null) return ClusterYearProblems.NotOpened(clusterId, year);
            if (!user.Follows(copy)) return Problems.Forbidden(YearAccess.NotFollowing);
            var current = (await db.Registrations.AsNoTracking()
                    .Where(r => r.ClusterId == clusterId && r.Year == year && r.ReplacedAt == null).ToListAsync(ct))
                .ToDictionary(r => r.UnitId);
            var signed = (await db.CovenantSignatures.AsNoTracking()
                    .Where(s => s.ClusterId == clusterId && s.Year == year).ToListAsync(ct))
                .ToDictionary(s => s.UnitId);
            return TypedResults.Ok(copy.Members.Select(m =>
            {
                var r = current.GetValueOrDefault(m.UnitId);
                var s = signed.GetValueOrDefault(m.UnitId);
                var reason = ExclusionRule.Reason(year, r is not null, s is not null);
                return new MemberRegistrationStatus(m.UnitId, m.Name, r is not null, r?.SubmittedAt, r?.Version,
                    s is not null, s?.SignedAt, reason is not null, reason);
            }).ToList());
        });
}
