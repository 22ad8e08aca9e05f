using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>
/// The province's people at their browsers: at most <see cref="Clients"/> requests at once, over connections they keep,
/// each with the token of whoever acts; a refusal stops the run with what the service said.
/// </summary>
public sealed class Province : IDisposable
{
    public const int Clients = 32;
    private readonly HttpClient _http;

    public Province()
    {
        Connections = new SocketsHttpHandler { MaxConnectionsPerServer = Clients };
        _http = new HttpClient(Connections, disposeHandler: false) { Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>For the clients of Tdkt.Testing (covenant, conference), so they use the same connections.</summary>
    public SocketsHttpHandler Connections { get; }

    /// <summary>Each item once, by the next free client.</summary>
    public static async Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> act)
    {
        var list = items.ToList();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < list.Count; i = Interlocked.Increment(ref next)) await act(list[i]);
        }));
    }

    public async Task<JsonElement> SendAsync(HttpMethod method, Uri service, string path, string token, HttpContent? body = null,
        HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, new Uri(service, path)) { Content = body };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{method} {path}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<JsonElement> PostAsync(Uri service, string path, string token, object? body = null, HttpStatusCode expected = HttpStatusCode.OK) =>
        SendAsync(HttpMethod.Post, service, path, token, body is null ? null : JsonContent.Create(body), expected);

    public Task<JsonElement> PutAsync(Uri service, string path, string token, object body) =>
        SendAsync(HttpMethod.Put, service, path, token, JsonContent.Create(body));

    public void Dispose()
    {
        _http.Dispose();
        Connections.Dispose();
    }
}
