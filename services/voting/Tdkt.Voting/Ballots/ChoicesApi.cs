using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Scoring.Model;
using Tdkt.Voting.Nominations;

namespace Tdkt.Voting.Ballots;

/// <summary>
/// The rounds the head may open next, with the seats and candidates a round takes by default, so the page can offer
/// them before opening: every award of the final scores, and next year's head and deputy where they are elected.
/// </summary>
public static class ChoicesApi
{
    public static void MapChoicesApi(this RouteGroupBuilder year)
    {
        year.MapGet("/rounds/choices", async Task<Results<Ok<List<BallotChoice>>, ProblemHttpResult>> (
            string clusterId, int year, ClaimsPrincipal user, VotingDb db, CancellationToken ct) =>
        {
            var (y, problem) = await db.LeadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            var scores = (await db.FinalScores.AsNoTracking().FirstOrDefaultAsync(f => f.ClusterId == clusterId && f.Year == year, ct))?.Scores;
            var rounds = await db.Rounds.AsNoTracking().Where(r => r.ClusterId == clusterId && r.Year == year).ToListAsync(ct);
            var ids = (scores?.Awards.Select(a => a.AwardId) ?? []).ToList();
            if (y!.Rules.Leadership == ConferenceRules.Leaderships.Election) ids.AddRange([Candidacy.Head, Candidacy.Deputy]);
            return TypedResults.Ok(ids.Select(id => Candidacy.For(id, scores, rounds, y.Copy.Members)).OfType<BallotChoice>().ToList());
        });
    }
}
