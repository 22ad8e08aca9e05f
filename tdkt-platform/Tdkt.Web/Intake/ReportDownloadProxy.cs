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
            if (response is null) return Results.Text("Không kết nối được dịch vụ tiếp nhận; vui lòng thử lại sau.", "text/plain; charset=utf-8", statusCode: 503);
            context.Response.RegisterForDispose(response);
            if (!response.IsSuccessStatusCode)
                return Results.Text(await response.Content.ReadAsStringAsync(ct), "application/problem+json; charset=utf-8", statusCode: (int)response.StatusCode);
            context.Response.Headers.XContentTypeOptions = "nosniff";
            if (response.Content.Headers.ContentDisposition is { } disposition) context.Response.Headers.ContentDisposition = disposition.ToString();
            if (response.Content.Headers.ContentLength is { } length) context.Response.ContentLength = length;
            return Results.Stream(await response.Content.ReadAsStreamAsync(ct),
                response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream");
        }).RequireAuthorization(WebSignIn.PagePolicy).ExcludeFromDescription();
}
