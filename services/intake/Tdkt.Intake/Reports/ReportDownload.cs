using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Files;
using Tdkt.Platform.Problems;

namespace Tdkt.Intake.Reports;

public static class ReportDownload
{
    /// <summary>
    /// The stored bytes under the name the unit gave, as an attachment (never shown inline: a file
    /// is the unit's, not the platform's page), with filename* carrying a Vietnamese name intact.
    /// </summary>
    public static async Task<Results<FileStreamHttpResult, ValidationProblem, ProblemHttpResult>> DownloadAsync(
        string clusterId, int year, string unitId, Guid reportId, string sha256, ClaimsPrincipal user,
        IntakeDb db, FileStore store, HttpResponse response, ILoggerFactory logs, CancellationToken ct)
    {
        var clusterYear = await db.ReadYearAsync(clusterId, year, ct);
        if (clusterYear is null) return ClusterYearProblems.NotOpened(clusterId, year);
        if (ReportReaders.Refuse(user, clusterYear, unitId) is { } refused) return refused;
        var hash = sha256.ToLowerInvariant();
        if (!FileStore.IsSha256(hash))
            return Validation.Problem("sha256", "Mã SHA-256 của tệp phải gồm đúng 64 ký tự thập lục phân (0–9, a–f).");
        var report = await db.Reports.FindOfUnitAsync(clusterId, year, unitId, reportId, ct);
        if (report is null) return NoReport();
        if (report.Files.FirstOrDefault(f => f.Sha256 == hash) is not { } file)
            return Problems.NotFound("Báo cáo này không có tệp với mã SHA-256 đã cho.");
        if (store.OpenRead(hash) is not { } content)
        {
            logs.CreateLogger(typeof(ReportDownload)).LogError("File {Sha256} of report {ReportId} is missing from the file store at {Root}", hash, reportId, store.Root);
            return Problems.NotFound($"Tệp '{file.Name}' không còn trong kho lưu trữ; vui lòng báo quản trị viên.");
        }
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(content, file.ContentType, fileDownloadName: file.Name);
    }

    public static ProblemHttpResult NoReport() => Problems.NotFound("Không tìm thấy báo cáo này của đơn vị.");
}
