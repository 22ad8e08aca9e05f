using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Tdkt.Platform.Hosting;

/// <summary>
/// A service library (registry, intake, appraisal…) as the platform composes it: alone in its own
/// host, or together with the others in Tdkt.Host. The bus is configured once for all of them.
/// </summary>
public interface ITdktService
{
    string Name { get; }
    void AddServices(WebApplicationBuilder builder);
    void AddConsumers(IBusRegistrationConfigurator bus);
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
