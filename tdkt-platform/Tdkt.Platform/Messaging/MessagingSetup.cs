using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Messaging;

public static class MessagingSetup
{
    /// <summary>
    /// MassTransit on RabbitMQ when ConnectionStrings:RabbitMq is set, in memory otherwise. Consumers
    /// retry with exponential backoff; what still fails lands in its queue's _error queue with the exception.
    /// </summary>
    public static void AddTdktMessaging(this WebApplicationBuilder builder, IReadOnlyList<ITdktService> services)
    {
        var rabbit = builder.Configuration[ConfigKeys.RabbitMqConnection];
        // Without this an early publish can be lost while the bus is still starting (DEPENDENCIES.md).
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(15);
        });
        builder.Services.AddMassTransit(x =>
        {
            // Usage telemetry would call out to the internet at start; our machines have none, and users did not ask for it.
            x.ConfigureUsageTelemetryOptions(o => o.Enabled = false);
            x.SetKebabCaseEndpointNameFormatter();
            foreach (var service in services) service.AddConsumers(x);
            x.AddConfigureEndpointsCallback((_, _, endpoint) => endpoint.UseMessageRetry(r =>
                r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(300))));
            if (string.IsNullOrWhiteSpace(rabbit))
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            else
                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(RabbitMqAddress.Parse(rabbit, out var user, out var password), h =>
                    {
                        h.Username(user);
                        h.Password(password);
                    });
                    cfg.ConfigureEndpoints(context);
                });
        });
    }
}

public static class RabbitMqAddress
{
    /// <summary>amqp://user:password@host:port/vhost → the address without credentials, and the credentials.</summary>
    public static Uri Parse(string connection, out string user, out string password)
    {
        var uri = new Uri(connection);
        var info = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
        user = info.Length > 0 && info[0].Length > 0 ? info[0] : "guest";
        password = info.Length > 1 ? info[1] : "guest";
        return new UriBuilder(uri) { UserName = "", Password = "", Scheme = "rabbitmq" }.Uri;
    }
}
