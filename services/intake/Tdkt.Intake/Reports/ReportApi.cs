using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Contracts;
using Tdkt.Intake.Deadlines;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Files;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Persistence;
using Tdkt.Platform.Problems;

namespace Tdkt.Intake.Reports;

public static class ReportApi
{
    public static RouteGroupBuilder MapReportApi(this RouteGroupBuilder intake)
    {
        var limits = ((IEndpointRouteBuilder)intake).ServiceProvider.GetRequiredService<FileLimits>();
        var bodyLimit = ReportUpload.BodyLimit(limits);
        var group = intake.MapGroup("/clusters/{clusterId}/years/{year:int}/units/{unitId}/reports");
        group.MapPost("/", SubmitAsync).RequireAuthorization(Policies.OwnUnit)
            .Accepts<ReportForm>("multipart/form-data").DisableAntiforgery().WithBodyLimit(bodyLimit)
            // The form reader's own limits sit above ours, so our check, not a bare framework error, answers an oversize file.
            .WithFormOptions(multipartBodyLengthLimit: bodyLimit);
        group.MapGet("/", ListAsync).RequireAuthorization();
        group.MapGet("/{reportId:guid}", ReadAsync).RequireAuthorization();
        group.MapGet("/{reportId:guid}/files/{sha256}", ReportDownload.DownloadAsync).RequireAuthorization();
        return group;
    }

    private static async Task<Results<Created<ReportReceipt>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        string clusterId, int year, string unitId, HttpRequest request, ClaimsPrincipal user,
        IntakeDb db, FileStore store, FileLimits limits, TimeProvider time, CancellationToken ct)
    {
        var clusterYear = await db.ReadYearAsync(clusterId, year, ct);
        if (clusterYear is null) return ClusterYearProblems.NotOpened(clusterId, year);
        if (!clusterYear.HasMember(unitId))
            return Problems.Forbidden($"Đơn vị '{unitId}' không phải thành viên của {clusterYear.ClusterName} năm {year}.");

        var (upload, problem) = await ReportUpload.ReadAsync(request, limits, ct);
        if (problem is not null) return problem;
        if (upload!.Kind == ReportKinds.SummaryDraft && !clusterYear.IsLedBy(unitId))
            return Problems.Forbidden($"Chỉ Trưởng cụm hoặc Cụm phó của {clusterYear.ClusterName} năm {year} gửi dự thảo báo cáo tổng kết.");

        var report = new Report
        {
            Id = Guid.NewGuid(), ClusterId = clusterId, Year = year, UnitId = unitId, Kind = upload.Kind,
            Title = upload.Title, Note = upload.Note,
            SubmittedBy = user.FindFirst(TdktClaims.Subject)?.Value ?? unitId, SubmittedAt = time.UtcNowStored(),
        };
        // Stored only now, every file having passed. Should the save below fail, the files stay as unreferenced
        // content, harmless: the same content uploaded again finds them.
        for (var i = 0; i < upload.Files.Count; i++)
        {
            var file = upload.Files[i];
            await using var content = file.Form.OpenReadStream();
            var stored = await store.SaveAsync(content, ct);
            report.Files.Add(new ReportFile { Sha256 = stored.Sha256, Position = i, Name = file.Name, ContentType = file.Type.ContentType, Size = stored.Size });
        }
        // Accepted when late, and marked: the workflow's consequence for the missed step applies on its own.
        report.DueAt = await db.DueAtAsync(clusterId, year, nameof(ReportSubmitted), report.Kind, ct);
        if (report.DueAt is { } due && report.SubmittedAt > due) report.LateBy = report.SubmittedAt - due;
        db.Reports.Add(report);
        db.PublishViaOutbox(new ReportSubmitted(clusterId, year, unitId, report.Kind, report.SubmittedAt, report.Id,
            report.Files.Select(f => new SubmittedFile(f.Name, f.Sha256, f.Size, f.ContentType)).ToList()), time);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created(ReportReceipt.PathOf(report), ReportReceipt.Of(report));
    }

    private static async Task<Results<Ok<List<ReportReceipt>>, ProblemHttpResult>> ListAsync(
        string clusterId, int year, string unitId, ClaimsPrincipal user, IntakeDb db, CancellationToken ct)
    {
        var clusterYear = await db.ReadYearAsync(clusterId, year, ct);
        if (clusterYear is null) return ClusterYearProblems.NotOpened(clusterId, year);
        if (ReportReaders.Refuse(user, clusterYear, unitId) is { } refused) return refused;
        // Ordered in memory: SQLite cannot order by a DateTimeOffset column.
        var reports = await db.Reports.Where(r => r.ClusterId == clusterId && r.Year == year && r.UnitId == unitId).ToListAsync(ct);
        return TypedResults.Ok(reports.OrderByDescending(r => r.SubmittedAt).Select(ReportReceipt.Of).ToList());
    }

    private static async Task<Results<Ok<ReportReceipt>, ProblemHttpResult>> ReadAsync(
        string clusterId, int year, string unitId, Guid reportId, ClaimsPrincipal user, IntakeDb db, CancellationToken ct)
    {
        var clusterYear = await db.ReadYearAsync(clusterId, year, ct);
        if (clusterYear is null) return ClusterYearProblems.NotOpened(clusterId, year);
        if (ReportReaders.Refuse(user, clusterYear, unitId) is { } refused) return refused;
        var report = await db.Reports.FindOfUnitAsync(clusterId, year, unitId, reportId, ct);
        return report is null ? ReportDownload.NoReport() : TypedResults.Ok(ReportReceipt.Of(report));
    }

    public static Task<Report?> FindOfUnitAsync(this DbSet<Report> reports, string clusterId, int year, string unitId, Guid reportId, CancellationToken ct) =>
        reports.FirstOrDefaultAsync(r => r.Id == reportId && r.ClusterId == clusterId && r.Year == year && r.UnitId == unitId, ct);
}

/// <summary>The form as the API description shows it (the endpoint reads the form itself, to name each refused field).</summary>
public sealed record ReportForm(string Kind, string? Title, string? Note, IFormFileCollection Files);
