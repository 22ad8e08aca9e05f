using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Tdkt.Platform.Hosting;

/// <summary>
/// Console logging by Tdkt:Logging:Format: "json" (the default) for the separate services, whose logs a
/// collector reads; "plain", one human-readable line per event, for the embedded host a person watches.
/// </summary>
public static class LoggingSetup
{
    public const string Json = "json";
    public const string Plain = "plain";

    public static WebApplicationBuilder AddTdktLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // A request is a trace (README "Tracing and metrics"); at Information ASP.NET Core also writes six log lines for
        // each, which cost a busy service more CPU than its own work. The lowest source, so Logging:LogLevel overrides it.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning" },
        });
        var format = builder.Configuration[ConfigKeys.LoggingFormat] is { Length: > 0 } f ? f.Trim().ToLowerInvariant() : Json;
        switch (format)
        {
            case Json:
                builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
                break;
            case Plain:
                builder.Logging.AddSimpleConsole(o =>
                {
                    o.SingleLine = true;
                    o.TimestampFormat = "HH:mm:ss ";
                    o.ColorBehavior = LoggerColorBehavior.Default;
                });
                break;
            default:
                throw new InvalidOperationException($"{ConfigKeys.LoggingFormat} must be '{Json}' or '{Plain}', not '{format}'.");
        }
        // SQL text at Information would drown the service's own events; override with Logging:LogLevel.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        return builder;
    }
}
