using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Persistence;
using Tdkt.Registry.Accounts;
using Tdkt.Registry.Calendar;
using Tdkt.Registry.Clusters;
using Tdkt.Registry.Frameworks;
using Tdkt.Registry.Import;
using Tdkt.Registry.Oidc;
using Tdkt.Registry.Units;
using Tdkt.Registry.Users;
using Tdkt.Registry.Years;

namespace Tdkt.Registry;

public sealed class RegistryService : ITdktService
{
    public string Name => "registry";

    public void AddServices(WebApplicationBuilder builder)
    {
        // In this order at start: the registry's schema, the sign-in stores' schema and clients, the demo data.
        builder.AddServiceDb<RegistryDb>(RegistryDb.SchemaName);
        builder.AddAccounts();
        builder.AddOidcServer();
        builder.Services.AddHostedService<FrameworkDemoSeeder>();
        builder.Services.AddHostedService<DemoDataSeeder>();
        builder.Services.AddHostedService<DemoAccountSeeder>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<LeadershipElectedConsumer>().Endpoint(e => e.Name = "registry-leadership-elected");

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRegistryApi();
        endpoints.MapMeApi();
        // Protocol endpoints and the sign-in page: anonymous by nature, and left out of the API description.
        endpoints.MapLoginPage();
        endpoints.MapConnectEndpoints();
    }
}

public static class RegistryApi
{
    public static RouteGroupBuilder MapRegistryApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/registry").RequireAuthorization(Policies.Admin).WithTags("Registry");
        group.MapClusterApi();
        group.MapUnitApi();
        group.MapYearApi();
        group.MapUserApi();
        group.MapClientApi();
        group.MapImportApi();
        group.MapFrameworkApi();
        group.MapCalendarApi();
        // Read by the cluster-year's own units and the board too: each endpoint checks its readers itself.
        endpoints.MapGroup("/registry").RequireAuthorization().WithTags("Registry").MapYearReadApi();
        return group;
    }
}
