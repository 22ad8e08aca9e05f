using System.Net.Http.Headers;
using Tdkt.Dossier.Versions;

namespace Tdkt.Dossier.Delivery;

/// <summary>What one delivery came to, after the resilience pipeline retried it as far as it would.</summary>
public sealed record DeliveryOutcome(bool Delivered, int Attempts, string? Error);

/// <summary>
/// POSTs a version's package to the provincial document system as application/zip. Every attempt of the same version
/// carries the same Idempotency-Key, so the receiver keeps it once however often the pipeline or the bus retries.
/// </summary>
public sealed class DeliveryClient(HttpClient http)
{
    /// <summary>The typed client's name; its standard resilience options are named "{Name}-standard".</summary>
    public const string Name = "dossier-delivery";

    internal static readonly HttpRequestOptionsKey<AttemptCount> Attempts = new("tdkt-delivery-attempts");

    public static string IdempotencyKey(DossierVersion v) => $"{v.ClusterId}/{v.Year}/{v.Version}";

    public async Task<DeliveryOutcome> SendAsync(DossierVersion v, byte[] package, CancellationToken ct)
    {
        var count = new AttemptCount();
        using var request = new HttpRequestMessage(HttpMethod.Post, http.BaseAddress) { Content = new ByteArrayContent(package) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        request.Headers.Add("Idempotency-Key", IdempotencyKey(v));
        request.Headers.Add("X-Tdkt-Cluster", v.ClusterId);
        request.Headers.Add("X-Tdkt-Year", v.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Tdkt-Version", v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Tdkt-Sha256", v.PackageSha256);
        request.Options.Set(Attempts, count);
        try
        {
            using var response = await http.SendAsync(request, ct);
            return response.IsSuccessStatusCode
                ? new(true, count.Value, null)
                : new(false, count.Value, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        // Whatever went wrong outside (refused, timed out, breaker open) is recorded on the version; only our own stop is not.
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return new(false, count.Value, $"{e.GetType().Name}: {e.Message}");
        }
    }
}

public sealed class AttemptCount
{
    private int _value;
    public int Value => _value;
    public void Add() => Interlocked.Increment(ref _value);
}

/// <summary>Inside the resilience handler, so it sees every attempt the pipeline makes.</summary>
public sealed class AttemptCounting : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(DeliveryClient.Attempts, out var count)) count.Add();
        return base.SendAsync(request, cancellationToken);
    }
}
