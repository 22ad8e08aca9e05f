using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Dossier.Versions;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Problems;

namespace Tdkt.Dossier.Inbox;

public sealed record InboxItem(string ClusterId, string ClusterName, int Year, int Version, string Status, string StatusName,
    DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, string? ReturnReason, int Files,
    string? DeliveryStatus, string? DeliveryStatusName, int DeliveryAttempts, string? DeliveryError, DateTimeOffset? DeliveredAt);

public sealed record ReturnBody(string? Reason);

/// <summary>
/// Ban TĐKT's inbox: the latest version sent by each cluster-year, by cluster, status and date; it acknowledges a
/// version (DossierAcknowledged) or returns it with a reason (DossierReturned) for the head to revise as the next.
/// </summary>
public static class InboxApi
{
    public static void MapInboxApi(this IEndpointRouteBuilder endpoints)
    {
        var board = endpoints.MapGroup("/dossier").WithTags("Dossier").RequireAuthorization(Policies.Board);

        board.MapGet("/inbox", async Task<Ok<List<InboxItem>>> (string? status, string? clusterId, DossierDb db, CancellationToken ct) =>
        {
            var sent = await db.Versions.AsNoTracking().Where(v => v.Status != DossierStatus.Draft).ToListAsync(ct);
            var names = await db.ClusterYears.AsNoTracking().ToDictionaryAsync(c => (c.ClusterId, c.Year), c => c.ClusterName, ct);
            var items = sent.GroupBy(v => (v.ClusterId, v.Year)).Select(g => g.MaxBy(v => v.Version)!)
                .Where(v => (status is null || v.Status == status) && (clusterId is null || v.ClusterId == clusterId))
                .OrderByDescending(v => v.SubmittedAt)
                .Select(v => new InboxItem(v.ClusterId, names.GetValueOrDefault((v.ClusterId, v.Year), v.ClusterId), v.Year, v.Version, v.Status,
                    DossierStatus.Name(v.Status), v.SubmittedAt!.Value, v.DecidedAt, v.ReturnReason, v.Files.Count,
                    v.DeliveryStatus, Delivery.DeliveryStatus.Name(v.DeliveryStatus), v.DeliveryAttempts, v.DeliveryError, v.DeliveredAt));
            return TypedResults.Ok(items.ToList());
        });

        var version = board.MapGroup("/clusters/{clusterId}/years/{year:int}/versions/{version:int}");
        version.MapPost("/acknowledgement", async Task<Results<Ok<VersionView>, ProblemHttpResult>> (string clusterId, int year, int version,
            ClaimsPrincipal user, DossierDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (v, refused) = await SubmittedAsync(db, clusterId, year, version, ct);
            if (refused is not null) return refused;
            (v!.Status, v.DecidedAt, v.DecidedBy) = (DossierStatus.Acknowledged, time.GetUtcNow(), user.Who());
            db.PublishViaOutbox(new DossierAcknowledged(clusterId, year, version, v.DecidedBy, v.DecidedAt.Value), time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(VersionView.Of(v));
        });

        version.MapPost("/return", async Task<Results<Ok<VersionView>, ValidationProblem, ProblemHttpResult>> (string clusterId, int year, int version,
            HttpRequest request, ClaimsPrincipal user, DossierDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (body, bad) = await request.ReadJsonBodyAsync<ReturnBody>(ct);
            if (bad is not null) return bad;
            var check = new Validation().Text("reason", body!.Reason, "Lý do trả lại hồ sơ", Limits.Text);
            if (!check.IsValid) return check.ToProblem();
            var (v, refused) = await SubmittedAsync(db, clusterId, year, version, ct);
            if (refused is not null) return refused;
            (v!.Status, v.DecidedAt, v.DecidedBy, v.ReturnReason) = (DossierStatus.Returned, time.GetUtcNow(), user.Who(), body.Reason!.Trim());
            db.PublishViaOutbox(new DossierReturned(clusterId, year, version, v.ReturnReason, v.DecidedBy, v.DecidedAt.Value), time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(VersionView.Of(v));
        }).Accepts<ReturnBody>("application/json");
    }

    private static async Task<(DossierVersion?, ProblemHttpResult?)> SubmittedAsync(DossierDb db, string clusterId, int year, int version, CancellationToken ct)
    {
        var v = await db.Versions.FirstOrDefaultAsync(x => x.ClusterId == clusterId && x.Year == year && x.Version == version, ct);
        if (v is null || v.Status == DossierStatus.Draft) return (null, Problems.NotFound($"Ban TĐKT chưa nhận hồ sơ lần {version} của năm {year}."));
        if (v.Status != DossierStatus.Submitted) return (null, Problems.Conflict($"Hồ sơ lần {version} đã được xử lý ({DossierStatus.Name(v.Status)})."));
        return (v, null);
    }
}
