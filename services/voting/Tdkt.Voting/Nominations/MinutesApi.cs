using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Voting.Conferences;

namespace Tdkt.Voting.Nominations;

/// <summary>Everything the minutes and the vote-count record are written from, also once nothing has been announced yet.</summary>
public sealed record Minutes(ConferenceView? Conference, AttendanceView Attendance, ElectionView Election, IReadOnlyList<BallotRoundResult> Rounds);

public static class MinutesApi
{
    public static void MapMinutesApi(this RouteGroupBuilder year) =>
        year.MapGet("/minutes", async Task<Results<Ok<Minutes>, ProblemHttpResult>> (
            string clusterId, int year, ClaimsPrincipal user, VotingDb db, CancellationToken ct) =>
        {
            var (y, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            var attendance = await AttendanceApi.ViewAsync(db, y!, ConferenceKinds.Summary, ct);
            var c = await db.Conferences.AsNoTracking().FirstOrDefaultAsync(x => x.ClusterId == clusterId && x.Year == year && x.Kind == ConferenceKinds.Summary, ct);
            var conference = c is null ? null : new ConferenceView(c.Kind, ConferenceKinds.Name(c.Kind), c.Date, c.Venue, c.HeldAt, attendance.Quorum);
            var rounds = await db.Rounds.AsNoTracking().Where(r => r.ClusterId == clusterId && r.Year == year && r.ClosedAt != null)
                .OrderBy(r => r.Number).ToListAsync(ct);
            return TypedResults.Ok(new Minutes(conference, attendance, await ElectionView.BuildAsync(db, y!, ct), rounds.Select(Decision.Result).ToList()));
        });
}
