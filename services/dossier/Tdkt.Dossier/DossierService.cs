using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Persistence;

namespace Tdkt.Dossier;

/// <summary>So far the service keeps its copy of the opened cluster-years; its own features come in later issues.</summary>
public sealed class DossierService : ITdktService
{
    public string Name => "dossier";
    public void AddServices(WebApplicationBuilder builder) => builder.AddServiceDb<DossierDb>(DossierDb.SchemaName);
    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddClusterYearCopy<DossierDb>(Name);
    public void MapEndpoints(IEndpointRouteBuilder endpoints) { }
}
