using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tdkt.Integration.Tests.Dossier;

/// <summary>
/// A stand-in for the province's document system: a small Kestrel app on a free loopback port that refuses the first
/// requests with 503 (as many as it is told, or all, until it recovers) and keeps each accepted dossier once per
/// Idempotency-Key.
/// </summary>
public sealed class ProvincialDocumentSystem : IAsyncDisposable
{
    public sealed record Arrival(string Cluster, string Year, string Version, string Sha256Header, string BodySha256, string ContentType);

    private readonly WebApplication _app;
    private int _requests;
    private int _accepted;
    private volatile bool _recovered;

    private ProvincialDocumentSystem(WebApplication app, int refusals) => (_app, Refusals) = (app, refusals);

    public int Refusals { get; }
    public int Requests => _requests;
    /// <summary>How many requests were accepted, repeats of a key included.</summary>
    public int Accepted => _accepted;
    /// <summary>What was accepted, by Idempotency-Key: a repeat of a key is accepted again but kept once.</summary>
    public ConcurrentDictionary<string, Arrival> Received { get; } = new();
    public Uri Address { get; private set; } = null!;

    public static async Task<ProvincialDocumentSystem> StartAsync(int refusals)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var system = new ProvincialDocumentSystem(app, refusals);
        app.MapPost("/ho-so", async (HttpRequest request) =>
        {
            if (Interlocked.Increment(ref system._requests) <= system.Refusals && !system._recovered)
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            Interlocked.Increment(ref system._accepted);
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            string H(string name) => request.Headers[name].ToString();
            system.Received.TryAdd(H("Idempotency-Key"), new Arrival(H("X-Tdkt-Cluster"), H("X-Tdkt-Year"), H("X-Tdkt-Version"), H("X-Tdkt-Sha256"),
                Convert.ToHexStringLower(SHA256.HashData(body.ToArray())), request.ContentType ?? ""));
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        system.Address = new Uri(new Uri(address), "/ho-so");
        return system;
    }

    /// <summary>From now on every request is accepted, however many refusals were asked for.</summary>
    public void Recover() => _recovered = true;

    /// <summary>Down again after a recovery: refuses as it did before (every request, for a system started with int.MaxValue refusals).</summary>
    public void Refuse() => _recovered = false;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
