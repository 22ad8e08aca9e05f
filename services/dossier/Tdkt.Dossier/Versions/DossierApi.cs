using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Dossier.Delivery;
using Tdkt.Dossier.Inputs;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Files;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Problems;

namespace Tdkt.Dossier.Versions;

/// <summary>
/// The head reviews the draft, regenerates it after corrections (a returned version is revised as the next one),
/// and approves it: approval delivers it to the Ban TĐKT inbox (DossierSubmitted). Ban TĐKT reads every version.
/// </summary>
public static class DossierApi
{
    public static void MapDossierApi(this RouteGroupBuilder year)
    {
        year.MapGet("", async Task<Results<Ok<DossierView>, ProblemHttpResult>> (string clusterId, int year, ClaimsPrincipal user, DossierDb db, CancellationToken ct) =>
        {
            var (copy, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            return TypedResults.Ok(await ViewAsync(db, copy!, user, ct));
        });

        year.MapPost("/draft", async Task<Results<Ok<DossierView>, ProblemHttpResult>> (string clusterId, int year, ClaimsPrincipal user, DossierDb db,
            DraftAssembly assembly, CancellationToken ct) =>
        {
            var (copy, problem) = await db.LeadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            var inputs = await db.Years.FindAsync([clusterId, year], ct);
            if (inputs?.Scores is null || inputs.Nominations is null)
                return Problems.Conflict($"Chưa nhận đủ kết quả chấm điểm và kết quả suy tôn của năm {year}; chưa lập được hồ sơ.");
            var latest = await db.Versions.Where(v => v.ClusterId == clusterId && v.Year == year).OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
            if (latest?.Status is DossierStatus.Submitted or DossierStatus.Acknowledged)
                return Problems.Conflict($"Hồ sơ lần {latest.Version} đã gửi Ban TĐKT; chỉ lập lại được khi Ban TĐKT trả lại.");
            if (latest?.Status == DossierStatus.Draft) db.Versions.Remove(latest);
            db.Versions.Add(await assembly.WriteAsync(inputs, latest is null ? 1 : latest.Status == DossierStatus.Draft ? latest.Version : latest.Version + 1, ct));
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(await ViewAsync(db, copy!, user, ct));
        });

        year.MapPost("/approval", async Task<Results<Ok<DossierView>, ProblemHttpResult>> (string clusterId, int year, ClaimsPrincipal user, DossierDb db,
            DeliveryTarget delivery, TimeProvider time, CancellationToken ct) =>
        {
            var (copy, problem) = await db.LeadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            var latest = await db.Versions.Where(v => v.ClusterId == clusterId && v.Year == year).OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
            if (latest?.Status != DossierStatus.Draft)
                return Problems.Conflict(latest is null ? "Chưa có dự thảo hồ sơ để duyệt." : $"Hồ sơ lần {latest.Version} không còn là dự thảo ({DossierStatus.Name(latest.Status)}).");
            (latest.Status, latest.SubmittedAt, latest.SubmittedBy) = (DossierStatus.Submitted, time.GetUtcNow(), user.Who());
            // Sent by the service's own consumer of DossierSubmitted once this commits; until then, pending.
            if (delivery.Configured) latest.DeliveryStatus = DeliveryStatus.Pending;
            (latest.DueDate, latest.DaysLate) = Lateness.Of((await db.Years.FindAsync([clusterId, year], ct))?.StepsPlanned, time);
            db.PublishViaOutbox(new DossierSubmitted(clusterId, year, latest.Version, latest.SubmittedAt.Value, latest.SubmittedBy, latest.PackageSha256,
                latest.Files.Select(f => new DossierFile(f.Name, f.Kind, f.Sha256, f.Size, f.UnitId)).ToList(), latest.DueDate, latest.DaysLate), time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(await ViewAsync(db, copy!, user, ct));
        });

        year.MapGet("/versions/{version:int}/package", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (string clusterId, int year, int version,
            ClaimsPrincipal user, DossierDb db, FileStore files, CancellationToken ct) =>
        {
            var (_, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            var v = await db.Versions.AsNoTracking().FirstOrDefaultAsync(x => x.ClusterId == clusterId && x.Year == year && x.Version == version, ct);
            if (v is null || !Visible(v, user)) return Problems.NotFound($"Không có hồ sơ lần {version} của năm {year}.");
            if (files.OpenRead(v.PackageSha256) is not { } stream) return Problems.NotFound("Tệp hồ sơ không còn trong kho tệp.");
            return TypedResults.File(stream, "application/zip", $"ho-so-khen-thuong-{clusterId}-{year}-lan-{version}.zip");
        });
    }

    /// <summary>The board sees what was sent to it, never a draft.</summary>
    public static bool Visible(DossierVersion v, ClaimsPrincipal user) => v.Status != DossierStatus.Draft || !user.IsInRole(Roles.Board);

    public static async Task<DossierView> ViewAsync(DossierDb db, ClusterYearCopy copy, ClaimsPrincipal user, CancellationToken ct)
    {
        var inputs = await db.Years.AsNoTracking().FirstOrDefaultAsync(y => y.ClusterId == copy.ClusterId && y.Year == copy.Year, ct);
        var versions = await db.Versions.AsNoTracking().Where(v => v.ClusterId == copy.ClusterId && v.Year == copy.Year).ToListAsync(ct);
        return new DossierView(copy.ClusterId, copy.ClusterName, copy.Year, inputs?.Scores is not null, inputs?.Nominations is not null,
            inputs?.Leadership is not null, Lateness.DueDate(inputs?.StepsPlanned), versions.Where(v => Visible(v, user)).OrderByDescending(v => v.Version).Select(VersionView.Of).ToList());
    }
}
