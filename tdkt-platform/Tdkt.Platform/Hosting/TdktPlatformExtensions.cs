using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Scalar.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Problems;
using Tdkt.Platform.Telemetry;

namespace Tdkt.Platform.Hosting;

public static class TdktPlatformExtensions
{
    /// <summary>Logging, tracing and metrics, health, OpenAPI, problem details, auth, persistence and messaging for the given services.</summary>
    public static WebApplicationBuilder AddTdktPlatform(
        this WebApplicationBuilder builder, string name, params ITdktService[] services)
    {
        builder.AddTdktLogging();
        builder.AddTdktTelemetry(name);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new TdktHostInfo(name, services));
        builder.Services.AddTdktProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        builder.Services.AddTdktOpenApi();
        // Binding failures (a bad query parameter) reach RequestRules, which names the parameter.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.AddTdktAuth();
        builder.AddTdktRequestAdmission();
        // Forms (the web app's pages) carry antiforgery tokens; the JSON APIs take bearer tokens and need none.
        builder.Services.AddAntiforgery();
        builder.Services.AddHealthChecks().AddCheck("process", () => HealthCheckResult.Healthy(), ["live"]);
        foreach (var service in services) service.AddServices(builder);
        // After the services' own handlers (the web app's error pages): an API request the database failed gets 503, not 500.
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.AddTdktMessaging(services);
        // Last: it takes over every hosted service registered above.
        builder.Services.StartPlatformBesideTheServer();
        return builder;
    }

    /// <summary>Middleware, /alive, /health, /openapi and every composed service's API.</summary>
    public static WebApplication MapTdktPlatformEndpoints(this WebApplication app)
    {
        app.UseStartupGate();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Before sign-in is checked: a request waiting its turn costs nothing yet.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRequestRules();
        // Open to all: probes, the API description and its reference page. Everything else needs a role (AuthSetup's fallback).
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/scalar", o => o.WithTitle("Nền tảng TĐKT – API")).AllowAnonymous();
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live") }).AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        foreach (var service in app.Services.GetRequiredService<TdktHostInfo>().Services)
            service.MapEndpoints(app);
        return app;
    }
}

/// <summary>What this process hosts.</summary>
public sealed record TdktHostInfo(string Name, IReadOnlyList<ITdktService> Services);
