using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Persistence;
using Tdkt.Platform.Problems;

namespace Tdkt.Intake.Covenants;

/// <summary>
/// A member unit signs the confirmed covenant for itself, once: signing again answers with the first
/// signature and publishes nothing.
/// </summary>
public static class CovenantSigning
{
    public static void MapCovenantSigning(this RouteGroupBuilder intake) =>
        intake.MapPost("/clusters/{clusterId}/years/{year:int}/units/{unitId}/covenant/signature", SignAsync)
            .RequireAuthorization(Policies.OwnUnit);

    private static async Task<Results<Created<SignatureView>, Ok<SignatureView>, ProblemHttpResult>> SignAsync(
        string clusterId, int year, string unitId, ClaimsPrincipal user, IntakeDb db, TimeProvider time, CancellationToken ct)
    {
        var copy = await db.ReadYearAsync(clusterId, year, ct);
        if (copy is null) return ClusterYearProblems.NotOpened(clusterId, year);
        if (!copy.HasMember(unitId))
            return Problems.Forbidden($"Đơn vị '{unitId}' không phải thành viên của {copy.ClusterName} năm {year}.");
        if (await ExistingAsync(db, clusterId, year, unitId, ct) is { } existing) return TypedResults.Ok(SignatureView.Of(existing));
        if (!await db.Covenants.AnyAsync(c => c.ClusterId == clusterId && c.Year == year, ct))
            return Problems.Conflict($"Trưởng cụm chưa xác nhận nội dung giao ước thi đua năm {year} của {copy.ClusterName}; chưa thể ký.");

        var signature = new CovenantSignature
        {
            ClusterId = clusterId, Year = year, UnitId = unitId,
            SignedBy = user.FindFirst(TdktClaims.Subject)?.Value ?? unitId, SignedAt = time.UtcNowStored(),
        };
        db.CovenantSignatures.Add(signature);
        db.PublishViaOutbox(new CovenantSigned(clusterId, year, unitId, signature.SignedAt), time);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same unit signing twice at once: the other request's signature won on the key; it is the one.
            db.ChangeTracker.Clear();
            if (await ExistingAsync(db, clusterId, year, unitId, ct) is { } first) return TypedResults.Ok(SignatureView.Of(first));
            throw;
        }
        return TypedResults.Created($"/intake/clusters/{clusterId}/years/{year}/covenant", SignatureView.Of(signature));
    }

    private static Task<CovenantSignature?> ExistingAsync(IntakeDb db, string clusterId, int year, string unitId, CancellationToken ct) =>
        db.CovenantSignatures.AsNoTracking().FirstOrDefaultAsync(s => s.ClusterId == clusterId && s.Year == year && s.UnitId == unitId, ct);
}
