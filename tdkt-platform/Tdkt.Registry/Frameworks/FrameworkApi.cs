using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Persistence;
using Tdkt.Platform.Problems;
using Tdkt.Registry.Years;
using Tdkt.Scoring.Customisation;

namespace Tdkt.Registry.Frameworks;

public static class FrameworkApi
{
    public static void MapFrameworkApi(this RouteGroupBuilder group)
    {
        group.MapGet("/frameworks", async (RegistryDb db, CancellationToken ct) =>
        {
            // Names and numbers only: the YAML texts are not needed for the list.
            var versions = await db.FrameworkVersions.OrderBy(f => f.FrameworkId).ThenBy(f => f.Version)
                .Select(f => new { f.FrameworkId, f.Version, f.Name }).ToListAsync(ct);
            return TypedResults.Ok(versions.GroupBy(f => f.FrameworkId)
                .Select(g => new FrameworkSummary(g.Key, g.Last().Name, g.Last().Version, g.Count())).ToList());
        });

        // Uploading a framework whose id exists already makes its next version: a stored version is never overwritten here.
        group.MapPost("/frameworks", async Task<Results<Created<FrameworkVersionView>, ValidationProblem>> (
            HttpRequest request, RegistryDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (yaml, problem) = await request.ReadYamlBodyAsync(ct);
            if (problem is not null) return problem;
            var (framework, errors) = FrameworkYaml.Load(yaml!);
            if (framework is null) return errors.ToProblem();
            var version = await db.AddNextVersionAsync(framework, yaml!, time, ct);
            return TypedResults.Created($"/registry/frameworks/{version.FrameworkId}/versions/{version.Version}",
                FrameworkVersionView.Of(version, [], withYaml: false));
        }).Accepts<string>("application/yaml", "text/plain").WithBodyLimit(FrameworkYaml.MaxBytes);

        group.MapGet("/frameworks/{frameworkId}/versions", async Task<Results<Ok<List<FrameworkVersionView>>, ProblemHttpResult>> (
            string frameworkId, RegistryDb db, CancellationToken ct) =>
        {
            var versions = await db.FrameworkVersions.Where(f => f.FrameworkId == frameworkId).OrderBy(f => f.Version).ToListAsync(ct);
            if (versions.Count == 0) return Problems.NotFound($"Không có bảng điểm '{frameworkId}'.");
            var uses = await db.UsesOfAsync(frameworkId, ct);
            return TypedResults.Ok(versions.Select(v => FrameworkVersionView.Of(v, uses[v.Version], withYaml: false)).ToList());
        });

        group.MapGet("/frameworks/{frameworkId}/versions/{version:int}", async Task<Results<Ok<FrameworkVersionView>, ProblemHttpResult>> (
            string frameworkId, int version, RegistryDb db, CancellationToken ct) =>
        {
            if (await db.FrameworkVersions.FindAsync([frameworkId, version], ct) is not { } found)
                return Problems.NotFound($"Không có phiên bản {version} của bảng điểm '{frameworkId}'.");
            return TypedResults.Ok(FrameworkVersionView.Of(found, (await db.UsesOfAsync(frameworkId, ct))[version], withYaml: true));
        });

        group.MapPut("/frameworks/{frameworkId}/versions/{version:int}", ChangeAsync).Accepts<string>("application/yaml", "text/plain").WithBodyLimit(FrameworkYaml.MaxBytes);

        group.MapPost("/frameworks/{frameworkId}/versions/{version:int}/customisation-check", CheckCustomisationAsync)
            .Accepts<string>("application/yaml", "text/plain").WithBodyLimit(FrameworkYaml.MaxBytes);

        group.MapFrameworkAssignmentApi();
    }

    private static async Task<Results<Ok<FrameworkVersionView>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        string frameworkId, int version, HttpRequest request, RegistryDb db, TimeProvider time, CancellationToken ct)
    {
        var (yaml, problem) = await request.ReadYamlBodyAsync(ct);
        if (problem is not null) return problem;
        var (framework, errors) = FrameworkYaml.Load(yaml!);
        if (framework is not null && framework.Id != frameworkId)
            errors.Add("id", $"Mã bảng điểm '{framework.Id}' khác mã '{frameworkId}' của phiên bản đang sửa.");
        if (!errors.IsValid) return errors.ToProblem();
        if (await db.FrameworkVersions.FindAsync([frameworkId, version], ct) is not { } stored)
            return Problems.NotFound($"Không có phiên bản {version} của bảng điểm '{frameworkId}'.");
        var uses = (await db.UsesOfAsync(frameworkId, ct))[version];
        if (uses.FirstOrDefault(u => u.Opened) is { } opened)
        {
            var next = await db.FrameworkVersions.Where(f => f.FrameworkId == frameworkId).MaxAsync(f => f.Version, ct) + 1;
            return Problems.Conflict(
                $"Phiên bản {version} của bảng điểm '{frameworkId}' đang được dùng cho năm thi đua đã mở " +
                $"(cụm/khối '{opened.ClusterId}' năm {opened.Year}) nên không thể sửa. " +
                $"Hãy tải lên bảng điểm đã sửa như một phiên bản mới (phiên bản {next}) rồi gán phiên bản đó cho năm thi đua.");
        }
        stored.Yaml = yaml!;
        stored.Name = framework!.Name;
        stored.ChangedAt = time.UtcNowStored();
        stored.Revision++;
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return TypedResults.Ok(FrameworkVersionView.Of(stored, uses, withYaml: false));
    }

    private static async Task<Results<Ok<CustomisationReport>, ValidationProblem, ProblemHttpResult>> CheckCustomisationAsync(
        string frameworkId, int version, HttpRequest request, RegistryDb db, CancellationToken ct)
    {
        var (yaml, problem) = await request.ReadYamlBodyAsync(ct);
        if (problem is not null) return problem;
        var (custom, errors) = FrameworkYaml.Load(yaml!);
        if (custom is null) return errors.ToProblem();
        if (await db.FrameworkVersions.FindAsync([frameworkId, version], ct) is not { } stored)
            return Problems.NotFound($"Không có phiên bản {version} của bảng điểm '{frameworkId}'.");
        // A stored version was valid when it was stored and the loader is deterministic.
        var (baseFramework, _) = FrameworkYaml.Load(stored.Yaml);
        var problems = CustomisationChecker.Check(baseFramework!, custom);
        return TypedResults.Ok(new CustomisationReport(problems.Count == 0,
            problems.GroupBy(p => p.Path.Length == 0 ? "body" : p.Path).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray())));
    }
}
