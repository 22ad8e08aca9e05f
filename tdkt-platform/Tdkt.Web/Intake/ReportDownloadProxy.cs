using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tdkt.Web.Api;
using Tdkt.Web.Auth;

namespace Tdkt.Web.Intake;

/// <summary>
/// A report's file for the signed-in browser: the browser holds a cookie, intake wants the access token, so the web
/// app fetches the file with the token and passes it on as it came (type, attachment name), never buffered whole.
/// </summary>
public static class ReportDownloadProxy
{
    public const string Prefix = "/tai-ve/bao-cao";

    public static string PathOf(string clusterId, int year, string unitId, Guid reportId, string sha256) =>
        $"{Prefix}/{Uri.EscapeDataString(clusterId)}/{year}/{Uri.EscapeDataString(unitId)}/{reportId}/{sha256}";

    public static void MapReportDownloadProxy(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Prefix + "/{clusterId}/{year:int}/{unitId}/{reportId:guid}/{sha256}", async (string clusterId, int year,
            string unitId, Guid reportId, string sha256, ApiClient api, HttpContext context, CancellationToken ct) =>
        {
            var response = await api.GetRawAsync("intake",
                $"/intake/clusters/{Uri.EscapeDataString(clusterId)}/years/{year}/units/{Uri.EscapeDataString(unitId)}/reports/{reportId}/files/{Uri.EscapeDataString(sha256)}", ct);
            return await DownloadRelay.RelayAsync(response, context, "Không kết nối được dịch vụ tiếp nhận; vui lòng thử lại sau.",
                "application/octet-stream", ct);
        }).RequireAuthorization(WebSignIn.PagePolicy).ExcludeFromDescription();
}
