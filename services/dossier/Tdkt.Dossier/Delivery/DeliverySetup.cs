using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Tdkt.Platform.Hosting;

namespace Tdkt.Dossier.Delivery;

public static class DeliverySetup
{
    /// <summary>
    /// The delivery client, when Tdkt:Dossier:DeliveryUrl is set. POSTs are retried too (the idempotency key makes a
    /// repeat harmless); a breaker stops hammering a system that is down; each attempt and the whole are timed out.
    /// </summary>
    public static DeliveryTarget AddDossierDelivery(this IServiceCollection services, IConfiguration config)
    {
        var url = config[ConfigKeys.DossierDeliveryUrl]?.Trim();
        if (!string.IsNullOrEmpty(url) && !Uri.TryCreate(url, UriKind.Absolute, out _))
            throw new InvalidOperationException($"{ConfigKeys.DossierDeliveryUrl} must be an absolute http(s) address, not \"{url}\".");
        var target = new DeliveryTarget(string.IsNullOrEmpty(url) ? null : new Uri(url));
        services.AddSingleton(target);
        if (!target.Configured) return target;
        services.AddScoped<PackageDelivery>();
        services.AddTransient<AttemptCounting>();
        var client = services.AddHttpClient<DeliveryClient>(DeliveryClient.Name, c => c.BaseAddress = target.Url);
        client.AddStandardResilienceHandler(o =>
            {
                o.Retry.MaxRetryAttempts = 4;
                o.Retry.BackoffType = DelayBackoffType.Exponential;
                o.Retry.Delay = TimeSpan.FromSeconds(1);
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(30);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(3);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(1);
                // Dossiers are few: the default 100 calls before the breaker judges would never come.
                o.CircuitBreaker.MinimumThroughput = 5;
                o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
            });
        // Added after the resilience handler, so it sits inside it and counts each attempt.
        client.AddHttpMessageHandler<AttemptCounting>();
        return target;
    }
}
