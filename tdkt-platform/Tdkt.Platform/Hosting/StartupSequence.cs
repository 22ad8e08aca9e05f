using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Tdkt.Platform.Hosting;

/// <summary>
/// The web server listens at once while the platform's own start-up work (migrations, seeding, the bus,
/// the loops) runs in its usual order beside it: every hosted service registered so far is started one
/// after another by a single hosted service, and the host starts that one and the server concurrently.
/// Until the work is done, requests other than /alive get 503 with Retry-After.
/// </summary>
public static class StartupSequence
{
    public static void StartPlatformBesideTheServer(this IServiceCollection services)
    {
        var hosted = services.Where(d => d.ServiceType == typeof(IHostedService) && !d.IsKeyedService).ToList();
        foreach (var d in hosted) services.Remove(d);
        services.AddSingleton<IHostedService>(sp => new SequentialStart(hosted.Select(d => Create(sp, d)).ToList()));
        services.Configure<HostOptions>(o => o.ServicesStartConcurrently = true);
    }

    public static IApplicationBuilder UseStartupGate(this IApplicationBuilder app)
    {
        var started = app.ApplicationServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted;
        return app.Use(async (context, next) =>
        {
            if (started.IsCancellationRequested || context.Request.Path.StartsWithSegments("/alive"))
            {
                await next(context);
                return;
            }
            await Problems.Problems.ServiceUnavailableAsync(context, "Hệ thống đang khởi động, vui lòng thử lại sau giây lát.", retryAfterSeconds: 1);
        });
    }

    private static IHostedService Create(IServiceProvider sp, ServiceDescriptor d) =>
        (IHostedService)(d.ImplementationInstance
            ?? d.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, d.ImplementationType!));

    private sealed class SequentialStart(IReadOnlyList<IHostedService> services) : IHostedService
    {
        // On the thread pool: migrations on SQLite run synchronously inside their async calls, and would
        // otherwise hold the host's start loop until they finish, server start included.
        public Task StartAsync(CancellationToken ct) => Task.Run(async () =>
        {
            foreach (var service in services) await service.StartAsync(ct);
        }, ct);

        public async Task StopAsync(CancellationToken ct)
        {
            foreach (var service in services.Reverse()) await service.StopAsync(ct);
        }
    }
}
