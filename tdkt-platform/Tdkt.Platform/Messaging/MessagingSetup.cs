using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Persistence;

namespace Tdkt.Platform.Messaging;

public static class MessagingSetup
{
    /// <summary>
    /// MassTransit on RabbitMQ when ConnectionStrings:RabbitMq is set, in memory otherwise. Consumers
    /// retry with exponential backoff, minutes long while the database is away; what still fails lands in its
    /// queue's _error queue with the exception.
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
            x.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                // Outer: a database that is away (restarting, unreachable) is waited for, for about four and a half minutes
                // (0.5, 1.5, 3.5, 7.5 s, then every 10 s), so its messages are consumed once it is back instead of
                // filling the _error queue. Inner: any other failure, a few quick attempts.
                endpoint.UseMessageRetry(r =>
                {
                    r.Handle<Exception>(e => e.IsDatabaseUnavailable());
                    r.Exponential(30, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1));
                });
                endpoint.UseMessageRetry(r =>
                {
                    r.Ignore<Exception>(e => e.IsDatabaseUnavailable());
                    r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(300));
                });
            });
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
