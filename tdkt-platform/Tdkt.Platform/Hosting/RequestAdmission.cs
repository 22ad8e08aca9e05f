using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Tdkt.Platform.Hosting;

/// <summary>
/// At most a few requests are worked on at once per core; the rest wait their turn in order. On a deadline evening
/// a province's units arrive together: sixty requests in progress on two cores fill the thread pool's queue, and the
/// outbox, the consumers and the timers, which share it, publish and deliver nothing until the crowd has passed.
/// A request that cannot even queue gets 503 with Retry-After. Only the services' APIs are admitted this way: the web
/// app's pages call those APIs on the same host, and a page holding a place while its API call waits for one could wait
/// for ever; probes, sign-in and static files are light.
/// </summary>
public static class RequestAdmission
{
    public const int RetryAfterSeconds = 1;
    public const string Detail = "Hệ thống đang nhận quá nhiều yêu cầu cùng lúc. Vui lòng gửi lại sau ít giây.";

    public static void AddTdktRequestAdmission(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var permits = config.GetValue(ConfigKeys.RequestConcurrency, 4 * Environment.ProcessorCount);
        var queue = config.GetValue(ConfigKeys.RequestQueue, 1000);
        builder.Services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !IsServiceApi(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("other")
                    : RateLimitPartition.GetConcurrencyLimiter("requests", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = permits, QueueLimit = queue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    }));
            o.OnRejected = (rejected, _) => new ValueTask(Problems.Problems.ServiceUnavailableAsync(rejected.HttpContext, Detail, RetryAfterSeconds));
        });
    }

    private static bool IsServiceApi(PathString path) =>
        ConfigKeys.WebServiceNames.Any(name => path.StartsWithSegments("/" + name, StringComparison.OrdinalIgnoreCase));
}
