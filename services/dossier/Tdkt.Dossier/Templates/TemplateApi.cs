using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Dossier.Versions;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Files;
using Tdkt.Platform.Persistence;
using Tdkt.Platform.Problems;

namespace Tdkt.Dossier.Templates;

/// <summary>
/// An administrator replaces the template of a document for one cluster: downloads the one in use, edits it in
/// Word, uploads it (checked before it is kept), or goes back to the shipped default. Drafts written afterwards
/// use it; versions already written keep their documents.
/// </summary>
public static class TemplateApi
{
    public const long MaxSize = 5 * 1024 * 1024;

    public static void MapTemplateApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/dossier/templates/{clusterId}").WithTags("Dossier").RequireAuthorization(Policies.Admin);

        group.MapGet("", async Task<Results<Ok<TemplateSetView>, ProblemHttpResult>> (string clusterId, DossierDb db, CancellationToken ct) =>
        {
            if (await ClusterNameAsync(db, clusterId, ct) is not { } name) return Unknown(clusterId);
            var own = await db.Templates.AsNoTracking().Where(t => t.ClusterId == clusterId).ToListAsync(ct);
            return TypedResults.Ok(new TemplateSetView(clusterId, name,
                TemplateKinds.All.Select(k => TemplateView.Of(k, own.FirstOrDefault(t => t.Kind == k.Id))).ToList()));
        });

        group.MapGet("/{kind}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string clusterId, string kind, DossierDb db, FileStore files,
            CancellationToken ct) =>
        {
            if (TemplateKinds.Find(kind) is not { } k) return NoKind(kind);
            if (await ClusterNameAsync(db, clusterId, ct) is null) return Unknown(clusterId);
            var own = await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.ClusterId == clusterId && t.Kind == kind, ct);
            var content = await ClusterTemplates.ContentAsync(files, own, null, ct) ?? k.DefaultTemplate;
            return TypedResults.File(content, ClusterTemplates.Docx, $"mau-{Path.GetFileNameWithoutExtension(k.FileName)[3..]}-{clusterId}.docx");
        });

        group.MapPut("/{kind}", UploadAsync).Accepts<IFormFile>("multipart/form-data").DisableAntiforgery()
            .WithBodyLimit(MaxSize + 64 * 1024).WithFormOptions(multipartBodyLengthLimit: MaxSize + 64 * 1024);

        group.MapDelete("/{kind}", async Task<Results<Ok<TemplateView>, ProblemHttpResult>> (string clusterId, string kind, DossierDb db, CancellationToken ct) =>
        {
            if (TemplateKinds.Find(kind) is not { } k) return NoKind(kind);
            if (await ClusterNameAsync(db, clusterId, ct) is null) return Unknown(clusterId);
            await db.Templates.Where(t => t.ClusterId == clusterId && t.Kind == kind).ExecuteDeleteAsync(ct);
            return TypedResults.Ok(TemplateView.Of(k, null));
        });
    }

    private static async Task<Results<Ok<TemplateView>, ValidationProblem, ProblemHttpResult>> UploadAsync(string clusterId, string kind,
        HttpRequest request, ClaimsPrincipal user, DossierDb db, FileStore files, TimeProvider time, CancellationToken ct)
    {
        if (TemplateKinds.Find(kind) is not { } k) return NoKind(kind);
        if (await ClusterNameAsync(db, clusterId, ct) is null) return Unknown(clusterId);
        var (form, problem) = await request.ReadFormBodyAsync("tệp mẫu (file)", ct);
        if (problem is not null) return problem;
        if (form!.Files.GetFile("file") is not { Length: > 0 } file) return Validation.Problem("file", "Chọn tệp mẫu (.docx) để tải lên.");
        if (file.Length > MaxSize) return Validation.Problem("file", $"Tệp mẫu lớn hơn {MaxSize / 1024 / 1024} MB.");
        using var memory = new MemoryStream();
        await file.CopyToAsync(memory, ct);
        var content = memory.ToArray();
        if (TemplateCheck.Errors(content, k) is { Count: > 0 } errors)
        {
            var validation = new Validation();
            foreach (var error in errors) validation.Add("file", error);
            return validation.ToProblem();
        }
        var stored = await files.SaveAsync(new MemoryStream(content), ct);
        var own = await db.Templates.FindAsync([clusterId, kind], ct);
        if (own is null) db.Templates.Add(own = new ClusterTemplate { ClusterId = clusterId, Kind = kind, Sha256 = "", FileName = "", UploadedBy = "" });
        (own.Sha256, own.Size, own.FileName, own.UploadedAt, own.UploadedBy) =
            (stored.Sha256, stored.Size, Path.GetFileName(file.FileName), time.UtcNowStored(), user.Who());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TemplateView.Of(k, own));
    }

    private static Task<string?> ClusterNameAsync(DossierDb db, string clusterId, CancellationToken ct) =>
        db.ClusterYears.Where(c => c.ClusterId == clusterId).OrderByDescending(c => c.Year).Select(c => c.ClusterName).FirstOrDefaultAsync(ct);

    private static ProblemHttpResult Unknown(string clusterId) =>
        Problems.NotFound($"Dịch vụ hồ sơ chưa biết Cụm «{clusterId}»: Cụm cần có ít nhất một năm thi đua đã mở.");

    private static ProblemHttpResult NoKind(string kind) =>
        Problems.NotFound($"Không có mẫu «{kind}»; các mẫu là: {string.Join(", ", TemplateKinds.All.Select(k => $"{k.Id} ({k.Name})"))}.");
}
