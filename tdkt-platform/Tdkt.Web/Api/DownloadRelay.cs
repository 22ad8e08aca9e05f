using Microsoft.AspNetCore.Http;

namespace Tdkt.Web.Api;

/// <summary>
/// Streams a file a service sent to the signed-in person's browser: its type, name and length as the service gave
/// them, the service's problem as it is, or 503 with a Vietnamese message when the service could not be reached.
/// </summary>
public static class DownloadRelay
{
    public static async Task<IResult> RelayAsync(HttpResponseMessage? response, HttpContext context, string unavailable, string fallbackType,
        CancellationToken ct)
    {
        if (response is null) return Results.Text(unavailable, "text/plain; charset=utf-8", statusCode: 503);
        context.Response.RegisterForDispose(response);
        if (!response.IsSuccessStatusCode)
            return Results.Text(await response.Content.ReadAsStringAsync(ct), "application/problem+json; charset=utf-8", statusCode: (int)response.StatusCode);
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (response.Content.Headers.ContentDisposition is { } disposition) context.Response.Headers.ContentDisposition = disposition.ToString();
        if (response.Content.Headers.ContentLength is { } length) context.Response.ContentLength = length;
        return Results.Stream(await response.Content.ReadAsStreamAsync(ct), response.Content.Headers.ContentType?.ToString() ?? fallbackType);
    }
}
