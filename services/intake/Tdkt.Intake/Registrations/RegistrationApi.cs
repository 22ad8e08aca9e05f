using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Intake.Deadlines;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Persistence;
using Tdkt.Platform.Problems;

namespace Tdkt.Intake.Registrations;

/// <summary>
/// A member unit registers its emulation goals for the year; until it signs the covenant it may register
/// again, which replaces the registration and keeps the earlier version.
/// </summary>
public static class RegistrationApi
{
    public static void MapRegistrationApi(this RouteGroupBuilder intake)
    {
        var group = intake.MapGroup("/clusters/{clusterId}/years/{year:int}/units/{unitId}/registration")
            .RequireAuthorization(Policies.OwnUnit);
        group.MapPost("/", SubmitAsync).Accepts<RegistrationRequest>("application/json");
        group.MapGet("/", async Task<Results<Ok<List<RegistrationView>>, ProblemHttpResult>> (
            string clusterId, int year, string unitId, IntakeDb db, CancellationToken ct) =>
        {
            if (await db.ReadYearAsync(clusterId, year, ct) is null) return ClusterYearProblems.NotOpened(clusterId, year);
            var versions = await db.Registrations.AsNoTracking()
                .Where(r => r.ClusterId == clusterId && r.Year == year && r.UnitId == unitId)
                .OrderByDescending(r => r.Version).ToListAsync(ct);
            return TypedResults.Ok(versions.Select(RegistrationView.Of).ToList());
        });
    }

    private static async Task<Results<Created<RegistrationView>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        string clusterId, int year, string unitId, HttpRequest request, ClaimsPrincipal user,
        IntakeDb db, TimeProvider time, CancellationToken ct)
    {
        var clusterYear = await db.ReadYearAsync(clusterId, year, ct);
        if (clusterYear is null) return ClusterYearProblems.NotOpened(clusterId, year);
        if (!clusterYear.HasMember(unitId))
            return Problems.Forbidden($"Đơn vị '{unitId}' không phải thành viên của {clusterYear.ClusterName} năm {year}.");

        var (body, problem) = await request.ReadJsonBodyAsync<RegistrationRequest>(ct);
        if (problem is not null) return problem;
        var validation = body!.Validate();
        if (!validation.IsValid) return validation.ToProblem();
        var targets = body.ToTargets();
        var framework = FrameworkTargets.CheckTargetsAgainstFramework(clusterYear, targets);
        if (!framework.IsValid) return framework.ToProblem();

        if (await db.CovenantSignatures.AsNoTracking().FirstOrDefaultAsync(
                s => s.ClusterId == clusterId && s.Year == year && s.UnitId == unitId, ct) is { } signed)
            return Problems.Conflict($"Đơn vị đã ký giao ước thi đua năm {year} ngày {VietnamDay.Text(signed.SignedAt)}; " +
                "bản đăng ký thi đua không thể thay đổi sau khi ký.");

        var previous = await db.Registrations
            .Where(r => r.ClusterId == clusterId && r.Year == year && r.UnitId == unitId)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);
        var now = time.UtcNowStored();
        if (previous is not null) previous.ReplacedAt = now;
        var registration = new Registration
        {
            Id = Guid.NewGuid(), ClusterId = clusterId, Year = year, UnitId = unitId, Version = (previous?.Version ?? 0) + 1,
            SubmittedBy = user.FindFirst(TdktClaims.Subject)?.Value ?? unitId, SubmittedAt = now,
            Targets = targets, Models = body.ToModels(), Exemplars = body.ToExemplars(),
            Commitments = string.IsNullOrWhiteSpace(body.Commitments) ? null : body.Commitments.Trim(),
        };
        db.Registrations.Add(registration);
        db.PublishViaOutbox(new RegistrationSubmitted(clusterId, year, unitId, now, registration.Id, registration.Version, targets), time);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/intake/clusters/{clusterId}/years/{year}/units/{unitId}/registration", RegistrationView.Of(registration));
    }
}

public sealed record RegistrationView(
    Guid Id, string ClusterId, int Year, string UnitId, int Version, DateTimeOffset SubmittedAt, DateTimeOffset? ReplacedAt,
    IReadOnlyList<RegisteredTarget> Targets, IReadOnlyList<EmulationModel> Models, IReadOnlyList<Exemplar> Exemplars, string? Commitments)
{
    public static RegistrationView Of(Registration r) =>
        new(r.Id, r.ClusterId, r.Year, r.UnitId, r.Version, r.SubmittedAt, r.ReplacedAt, r.Targets, r.Models, r.Exemplars, r.Commitments);
}
