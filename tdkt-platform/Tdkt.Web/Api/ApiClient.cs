using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Tdkt.Web.Api;

/// <summary>The pages' one way to the services: JSON in and out, problem details kept for the page to show.</summary>
public sealed class ApiClient(IHttpClientFactory clients, ILogger<ApiClient> log)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<ApiResult<T>> GetAsync<T>(string service, string path, CancellationToken ct = default) =>
        SendAsync<T>(service, HttpMethod.Get, path, null, ct);

    public Task<ApiResult<T>> PostAsync<T>(string service, string path, object? body, CancellationToken ct = default) =>
        SendAsync<T>(service, HttpMethod.Post, path, body is null ? null : JsonContent.Create(body, options: Json), ct);

    public Task<ApiResult<T>> PutAsync<T>(string service, string path, object body, CancellationToken ct = default) =>
        SendAsync<T>(service, HttpMethod.Put, path, JsonContent.Create(body, options: Json), ct);

    public Task<ApiResult<T>> PutTextAsync<T>(string service, string path, string text, string contentType, CancellationToken ct = default) =>
        SendAsync<T>(service, HttpMethod.Put, path, new StringContent(text, System.Text.Encoding.UTF8, contentType), ct);

    public Task<ApiResult<T>> PostTextAsync<T>(string service, string path, string text, string contentType, CancellationToken ct = default) =>
        SendAsync<T>(service, HttpMethod.Post, path, new StringContent(text, System.Text.Encoding.UTF8, contentType), ct);

    /// <summary>A form with files (a report). Never retried: the resilience handler retries no POST, and a stream cannot be sent twice.</summary>
    public Task<ApiResult<T>> PostMultipartAsync<T>(string service, string path, MultipartFormDataContent form, CancellationToken ct = default) =>
        SendAsync<T>(service, HttpMethod.Post, path, form, ct);

    /// <summary>A file that replaces a resource (a template). Never retried, for the same reason.</summary>
    public Task<ApiResult<T>> PutMultipartAsync<T>(string service, string path, MultipartFormDataContent form, CancellationToken ct = default) =>
        SendAsync<T>(service, HttpMethod.Put, path, form, ct);

    public Task<ApiResult<T>> DeleteAsync<T>(string service, string path, CancellationToken ct = default) =>
        SendAsync<T>(service, HttpMethod.Delete, path, null, ct);

    /// <summary>A file to pass through to the browser as it came: the caller disposes the response; null when unreachable.</summary>
    public async Task<HttpResponseMessage?> GetRawAsync(string service, string path, CancellationToken ct = default)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
            return await clients.CreateClient(service).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException
            or Polly.CircuitBreaker.BrokenCircuitException && !ct.IsCancellationRequested)
        {
            log.LogWarning(e, "Service {Service} did not answer GET {Path}", service, path);
            return null;
        }
    }

    private async Task<ApiResult<T>> SendAsync<T>(string service, HttpMethod method, string path, HttpContent? content, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(method, path.TrimStart('/')) { Content = content };
            using var response = await clients.CreateClient(service).SendAsync(request, ct);
            if (response.IsSuccessStatusCode) return new(await ValueOf<T>(response, ct), null);
            return new(default, await ProblemOf(response, ct));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException
            or Polly.CircuitBreaker.BrokenCircuitException && !ct.IsCancellationRequested)
        {
            log.LogWarning(e, "Service {Service} did not answer {Method} {Path}", service, method, path);
            return new(default, ApiProblem.Unreachable(service));
        }
    }

    // A success whose body the page does not need in this shape (an empty answer, a bare value) is still a success.
    private static async Task<T?> ValueOf<T>(HttpResponseMessage response, CancellationToken ct)
    {
        try { return response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<T>(Json, ct); }
        catch (JsonException) { return default; }
    }

    private static async Task<ApiProblem> ProblemOf(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            if (await response.Content.ReadFromJsonAsync<ApiProblem>(Json, ct) is { } problem) return problem with { Status = (int)response.StatusCode };
        }
        catch (JsonException) { /* not problem details: described below by its status */ }
        return new ApiProblem { Status = (int)response.StatusCode, Title = $"Dịch vụ trả lời mã {(int)response.StatusCode}." };
    }
}
