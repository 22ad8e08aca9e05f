using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tdkt.Web.Api;
using Tdkt.Web.Auth;

namespace Tdkt.Web.Dossier;

/// <summary>
/// A dossier version's zip, or a cluster's template, for the signed-in browser: the dossier service wants the access token, the browser holds a
/// cookie, so the web app fetches the package with the token and streams it on as it came.
/// </summary>
public static class DossierDownloadProxy
{
    public const string Prefix = "/tai-ve/ho-so";

    public const string Templates = "/tai-ve/mau-ho-so";

    public static void MapDossierDownloadProxy(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Templates + "/{clusterId}/{kind}", async (string clusterId, string kind, ApiClient api, HttpContext context, CancellationToken ct) =>
        {
            var response = await api.GetRawAsync("dossier", $"/dossier/templates/{Uri.EscapeDataString(clusterId)}/{Uri.EscapeDataString(kind)}", ct);
            return await DownloadRelay.RelayAsync(response, context, "Không kết nối được dịch vụ hồ sơ; vui lòng thử lại sau.",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ct);
        }).RequireAuthorization(WebSignIn.PagePolicy).ExcludeFromDescription();
        endpoints.MapGet(Prefix + "/{clusterId}/{year:int}/{version:int}", async (string clusterId, int year, int version,
            ApiClient api, HttpContext context, CancellationToken ct) =>
        {
            var response = await api.GetRawAsync("dossier",
                $"/dossier/clusters/{Uri.EscapeDataString(clusterId)}/years/{year}/versions/{version}/package", ct);
            return await DownloadRelay.RelayAsync(response, context, "Không kết nối được dịch vụ hồ sơ; vui lòng thử lại sau.", "application/zip", ct);
        }).RequireAuthorization(WebSignIn.PagePolicy).ExcludeFromDescription();
    }
}
