using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Telemetry;

/// <summary>
/// Traces (ASP.NET Core, HttpClient, Npgsql, MassTransit, the outbox) and metrics for every service, exported over
/// OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set. Without it no provider is built: nothing listens, nothing is
/// recorded. The sources and meters are registered either way, so a host (or a test) that adds an exporter of
/// its own with AddOpenTelemetry() gets the same picture.
/// </summary>
public static class TelemetrySetup
{
    public static WebApplicationBuilder AddTdktTelemetry(this WebApplicationBuilder builder, string name)
    {
        var services = builder.Services;
        services.ConfigureOpenTelemetryTracerProvider(t => t
            .ConfigureResource(r => r.AddService(name))
            .AddAspNetCoreInstrumentation(o => o.Filter = c => !IsProbe(c.Request.Path))
            .AddHttpClientInstrumentation()
            .AddNpgsql()
            .AddSource(DiagnosticHeaders.DefaultListenerName)
            .AddSource(TdktTelemetry.All));
        services.ConfigureOpenTelemetryMeterProvider(m => m
            .ConfigureResource(r => r.AddService(name))
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddNpgsqlInstrumentation()
            .AddMeter(InstrumentationOptions.MeterName)
            .AddMeter("System.Runtime")
            .AddMeter(TdktTelemetry.All));
        if (!string.IsNullOrWhiteSpace(builder.Configuration[ConfigKeys.OtlpEndpoint]))
            services.AddOpenTelemetry()
                .WithTracing(t => t.AddOtlpExporter())
                .WithMetrics(m => m.AddOtlpExporter());
        return builder;
    }

    // Probes arrive every few seconds and would bury the requests people look for.
    private static bool IsProbe(PathString path) => path.StartsWithSegments("/alive") || path.StartsWithSegments("/health");
}
