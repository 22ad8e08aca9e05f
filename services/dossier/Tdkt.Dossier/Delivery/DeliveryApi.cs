using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Dossier.Versions;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Problems;

namespace Tdkt.Dossier.Delivery;

/// <summary>
/// The head or Ban TĐKT sends a submitted version to the provincial document system again. The sending itself runs
/// from a consumer, never inside this request.
/// </summary>
public static class DeliveryApi
{
    public static void MapDeliveryApi(this RouteGroupBuilder year)
    {
        year.MapPost("/versions/{version:int}/delivery", async Task<Results<Ok<VersionView>, ProblemHttpResult>> (string clusterId, int year, int version,
            ClaimsPrincipal user, DossierDb db, DeliveryTarget target, TimeProvider time, CancellationToken ct) =>
        {
            var (_, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            var v = await db.Versions.FirstOrDefaultAsync(x => x.ClusterId == clusterId && x.Year == year && x.Version == version, ct);
            if (v is null || !DossierApi.Visible(v, user)) return Problems.NotFound($"Không có hồ sơ lần {version} của năm {year}.");
            if (!target.Configured) return Problems.Conflict("Chưa cấu hình hệ thống văn bản của tỉnh để gửi hồ sơ sang.");
            if (v.Status == DossierStatus.Draft) return Problems.Conflict($"Hồ sơ lần {version} còn là dự thảo; chỉ gửi được hồ sơ đã duyệt.");
            if (v.DeliveryStatus == DeliveryStatus.Delivered) return Problems.Conflict($"Hồ sơ lần {version} đã gửi sang hệ thống văn bản của tỉnh.");
            v.DeliveryStatus = DeliveryStatus.Pending;
            db.PublishViaOutbox(new DossierDeliveryRequested(clusterId, year, version, user.Who(), time.GetUtcNow()), time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(VersionView.Of(v));
        });
    }
}
