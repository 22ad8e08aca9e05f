using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Hosting;
using Tdkt.Web.Api;
using Tdkt.Web.Auth;
using Tdkt.Web.Components;
using Tdkt.Web.Dossier;
using Tdkt.Web.Intake;
using Tdkt.Web.Scoring;

namespace Tdkt.Web;

/// <summary>
/// The web app (static server rendering) as one more part of a host: a backend-for-frontend that signs people in
/// with the registry's OpenID Connect server and calls the services' APIs with their access token.
/// </summary>
public sealed class WebService : ITdktService
{
    public string Name => "web";

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.AddWebSignIn();
        builder.AddServiceApis();
        builder.Services.AddExceptionHandler<PageErrors>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) { }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWebAssets();
        endpoints.MapWebSignIn();
        endpoints.MapScoreEndpoint();
        endpoints.MapReportDownloadProxy();
        endpoints.MapDossierDownloadProxy();
        endpoints.MapRazorComponents<App>().RequireAuthorization(WebSignIn.PagePolicy).ExcludeFromDescription();
    }
}
