using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Persistence;

namespace Tdkt.Voting;

/// <summary>So far the service keeps its copy of the opened cluster-years; its own features come in later issues.</summary>
public sealed class VotingService : ITdktService
{
    public string Name => "voting";
    public void AddServices(WebApplicationBuilder builder) => builder.AddServiceDb<VotingDb>(VotingDb.SchemaName);
    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddClusterYearCopy<VotingDb>(Name);
    public void MapEndpoints(IEndpointRouteBuilder endpoints) { }
}
