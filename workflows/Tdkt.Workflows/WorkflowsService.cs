using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Persistence;

namespace Tdkt.Workflows;

/// <summary>So far the service keeps its copy of the opened cluster-years; its own features come in later issues.</summary>
public sealed class WorkflowsService : ITdktService
{
    public string Name => "workflows";
    public void AddServices(WebApplicationBuilder builder) => builder.AddServiceDb<WorkflowsDb>(WorkflowsDb.SchemaName);
    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddClusterYearCopy<WorkflowsDb>(Name);
    public void MapEndpoints(IEndpointRouteBuilder endpoints) { }
}
