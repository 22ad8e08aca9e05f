using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Problems;
using Tdkt.Workflows.Progress;

namespace Tdkt.Workflows.Instances;

/// <param name="Version">The published version of the year's definition to run on.</param>
/// <param name="DefinitionId">Optional: when given, it must be the definition the year runs (a guard against a wrong page).</param>
public sealed record VersionInput(int? Version, string? DefinitionId);

/// <summary>
/// A running year keeps its pinned version until an administrator moves it to a newer published one
/// of the same definition (a corrected deadline, say): the year is re-planned on it.
/// </summary>
public static class VersionApi
{
    public static void MapVersionApi(this RouteGroupBuilder workflows) =>
        workflows.MapPut("/clusters/{clusterId}/years/{year:int}/definition-version", async Task<Results<Ok<ProgressReport>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, HttpRequest request, WorkflowsDb db, InstancePlanner planner, ProgressQuery progress, CancellationToken ct) =>
        {
            var (input, problem) = await request.ReadJsonBodyAsync<VersionInput>(ct);
            if (problem is not null) return problem;
            if (input!.Version is not { } version) return Validation.Problem("version", "Phiên bản quy trình là bắt buộc.");
            if (version < 1) return Validation.Problem("version", "Phiên bản quy trình phải là số nguyên từ 1 trở lên.");
            var copy = await db.ReadYearAsync(clusterId, year, ct);
            var instance = await db.Instances.FindAsync([clusterId, year], ct);
            if (copy is null || instance is null) return Problems.NotFound($"Năm thi đua {year} của cụm/khối '{clusterId}' chưa có quy trình.");
            var id = instance.DefinitionId;
            if (input.DefinitionId is { } other && other != id)
                return Problems.Conflict($"Năm thi đua {year} của cụm/khối '{clusterId}' chạy theo quy trình '{id}'; " +
                    $"không thể chuyển sang phiên bản của quy trình khác ('{other}').");
            var stored = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.Version == version, ct);
            if (stored is null)
                return Problems.Conflict($"Quy trình '{id}' mà năm thi đua {year} đang chạy không có phiên bản {version}; " +
                    "chỉ chuyển được sang một phiên bản đã ban hành của chính quy trình này.");
            if (!stored.Published)
                return Problems.Conflict($"Phiên bản {version} của quy trình '{id}' chưa được ban hành; hãy ban hành trước khi áp dụng cho năm đang chạy.");
            if (version < instance.DefinitionVersion)
                return Problems.Conflict($"Năm thi đua {year} đang chạy phiên bản {instance.DefinitionVersion} của quy trình '{id}'; " +
                    "chỉ chuyển được sang phiên bản mới hơn.");
            if (version > instance.DefinitionVersion) await StepDates.MoveToVersionAsync(db, planner, instance, copy, version, ct);
            return TypedResults.Ok((await progress.GetAsync(db, clusterId, year, ct))!);
        }).RequireAuthorization(Policies.Admin).Accepts<VersionInput>("application/json");
}
