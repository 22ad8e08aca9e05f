using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Persistence;
using Tdkt.Platform.Problems;

namespace Tdkt.Intake.Covenants;

/// <summary>The head confirms the cluster-year's covenant; everyone who follows the year reads who signed it.</summary>
public static class CovenantApi
{
    public static void MapCovenantApi(this RouteGroupBuilder intake)
    {
        const string route = "/clusters/{clusterId}/years/{year:int}/covenant";
        intake.MapPut(route, ConfirmAsync).RequireAuthorization(Policies.Head).Accepts<CovenantRequest>("application/json");
        intake.MapGet(route, async Task<Results<Ok<CovenantView>, ProblemHttpResult>> (
            string clusterId, int year, ClaimsPrincipal user, IntakeDb db, CancellationToken ct) =>
        {
            var copy = await db.ReadYearAsync(clusterId, year, ct);
            if (copy is null) return ClusterYearProblems.NotOpened(clusterId, year);
            if (!user.Follows(copy)) return Problems.Forbidden(YearAccess.NotFollowing);
            return TypedResults.Ok(await ViewAsync(db, copy, ct));
        });
        intake.MapCovenantSigning();
    }

    /// <summary>
    /// Confirming again replaces the text and date until the first member signs; after that the signed
    /// text stays, and confirming it unchanged is answered with it as it is.
    /// </summary>
    private static async Task<Results<Ok<CovenantView>, ValidationProblem, ProblemHttpResult>> ConfirmAsync(
        string clusterId, int year, HttpRequest request, ClaimsPrincipal user, IntakeDb db, TimeProvider time, CancellationToken ct)
    {
        var copy = await db.ReadYearAsync(clusterId, year, ct);
        if (copy is null) return ClusterYearProblems.NotOpened(clusterId, year);
        if (!user.IsHeadOf(copy))
            return Problems.Forbidden($"Chỉ Trưởng cụm của {copy.ClusterName} năm {year} được xác nhận giao ước thi đua.");
        var (body, problem) = await request.ReadJsonBodyAsync<CovenantRequest>(ct);
        if (problem is not null) return problem;
        var (validation, date) = body!.Validate(year);
        if (!validation.IsValid) return validation.ToProblem();

        var content = body.Content!.Trim();
        var covenant = await db.Covenants.FindAsync([clusterId, year], ct);
        if (covenant is not null && (covenant.Content != content || covenant.Date != date)
            && await db.CovenantSignatures.AnyAsync(s => s.ClusterId == clusterId && s.Year == year, ct))
            return Problems.Conflict($"Giao ước thi đua năm {year} đã có đơn vị ký; không thể thay đổi nội dung hoặc ngày giao ước.");
        if (covenant is null)
            db.Covenants.Add(covenant = new Covenant { ClusterId = clusterId, Year = year, Content = "", ConfirmedBy = "" });
        if (covenant.Content != content || covenant.Date != date)
        {
            (covenant.Content, covenant.Date) = (content, date);
            (covenant.ConfirmedBy, covenant.ConfirmedAt) = (copy.HeadUnitId, time.UtcNowStored());
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Ok(await ViewAsync(db, copy, ct));
    }

    public static async Task<CovenantView> ViewAsync(IntakeDb db, ClusterYearCopy copy, CancellationToken ct)
    {
        var covenant = await db.Covenants.AsNoTracking().FirstOrDefaultAsync(c => c.ClusterId == copy.ClusterId && c.Year == copy.Year, ct);
        var signatures = await db.CovenantSignatures.AsNoTracking()
            .Where(s => s.ClusterId == copy.ClusterId && s.Year == copy.Year).ToListAsync(ct);
        return CovenantView.Of(copy, covenant, signatures);
    }
}
