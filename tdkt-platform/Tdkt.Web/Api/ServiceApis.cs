using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Tdkt.Platform.Hosting;
using Tdkt.Web.Auth;

namespace Tdkt.Web.Api;

public static class ServiceApis
{
    public static void AddServiceApis(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.Services.AddTransient<AccessTokenHandler>();
        builder.Services.AddScoped<ApiClient>();
        builder.Services.AddScoped<CurrentUser>();
        // Each service may live at its own address (Tdkt:Web:Services:name), by default this host.
        foreach (var name in ConfigKeys.WebServiceNames)
        {
            var address = config[$"{ConfigKeys.WebServices}:{name}"] is { Length: > 0 } a
                ? new Uri(a.TrimEnd('/') + "/")
                : SelfAddress.From(config);
            builder.Services.AddHttpClient(name, c => c.BaseAddress = address)
                .AddHttpMessageHandler<AccessTokenHandler>()
                // Retries only for reads: a submission sent twice would be two submissions.
                .AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());
        }
    }
}

/// <summary>Sends the signed-in person's access token (kept in their cookie's ticket) with every API call.</summary>
public sealed class AccessTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { } context
            && await context.GetTokenAsync(WebSignIn.CookieScheme, "access_token") is { Length: > 0 } token)
            request.Headers.Authorization = new("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
