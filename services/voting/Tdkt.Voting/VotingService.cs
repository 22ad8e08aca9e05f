using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Persistence;
using Tdkt.Voting.Ballots;
using Tdkt.Voting.Candidates;
using Tdkt.Voting.Conferences;
using Tdkt.Voting.Nominations;

namespace Tdkt.Voting;

/// <summary>The conferences of a cluster-year: schedule, attendance and quorum, the nomination by consensus or secret ballot.</summary>
public sealed class VotingService : ITdktService
{
    public string Name => "voting";
    public void AddServices(WebApplicationBuilder builder) => builder.AddServiceDb<VotingDb>(VotingDb.SchemaName);

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddClusterYearCopy<VotingDb>(Name);
        bus.AddConsumer<ScoresFinalizedConsumer>().Endpoint(e => e.Name = "voting-scores-finalized");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapVotingApi();
}

public static class VotingApi
{
    public static void MapVotingApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPublicVotingApi();
        // Who may do what is decided per cluster-year in each handler (VotingAccess): head and deputy, members, the board.
        var year = endpoints.MapGroup("/voting/clusters/{clusterId}/years/{year:int}").WithTags("Voting").RequireAuthorization();
        year.MapConferenceApi();
        year.MapAttendanceApi();
        year.MapElectionApi();
        year.MapChoicesApi();
        year.MapRoundApi();
        year.MapDecisionApi();
        year.MapMinutesApi();
    }
}
