using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tdkt.Web.Api;
using Tdkt.Web.Auth;

namespace Tdkt.Web.Dossier;

/// <summary>
/// A dossier version's zip for the signed-in browser: the dossier service wants the access token, the browser holds a
/// cookie, so the web app fetches the package with the token and streams it on as it came.
/// </summary>
public static class DossierDownloadProxy
{
    public const string Prefix = "/tai-ve/ho-so";

    public static void MapDossierDownloadProxy(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Prefix + "/{clusterId}/{year:int}/{version:int}", async (string clusterId, int year, int version,
            ApiClient api, HttpContext context, CancellationToken ct) =>
        {
            var response = await api.GetRawAsync("dossier",
                $"/dossier/clusters/{Uri.EscapeDataString(clusterId)}/years/{year}/versions/{version}/package", ct);
            if (response is null) return Results.Text("Không kết nối được dịch vụ hồ sơ; vui lòng thử lại sau.", "text/plain; charset=utf-8", statusCode: 503);
            context.Response.RegisterForDispose(response);
            if (!response.IsSuccessStatusCode)
                return Results.Text(await response.Content.ReadAsStringAsync(ct), "application/problem+json; charset=utf-8", statusCode: (int)response.StatusCode);
            context.Response.Headers.XContentTypeOptions = "nosniff";
            if (response.Content.Headers.ContentDisposition is { } disposition) context.Response.Headers.ContentDisposition = disposition.ToString();
            if (response.Content.Headers.ContentLength is { } length) context.Response.ContentLength = length;
            return Results.Stream(await response.Content.ReadAsStreamAsync(ct), response.Content.Headers.ContentType?.ToString() ?? "application/zip");
        }).RequireAuthorization(WebSignIn.PagePolicy).ExcludeFromDescription();
}
