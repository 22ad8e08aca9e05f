using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;
using Tdkt.Voting.Conferences;
using Tdkt.Voting.Nominations;

namespace Tdkt.Voting.Ballots;

public sealed record OpenRoundBody(string? AwardId, int? Seats, List<string?>? Candidates);

public sealed record SlipsBody(string? BallotPage);

public sealed record IssuedCodeView(int Round, string AwardName, string Code);

/// <summary>
/// The head opens a round (one at a time, with the quorum present) and closes it; each attending unit takes its
/// one code, on screen or on a printed slip; nobody sees a count of votes before closing.
/// </summary>
public static class RoundApi
{
    public static void MapRoundApi(this RouteGroupBuilder year)
    {
        year.MapPost("/rounds", async Task<Results<Created<RoundView>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, HttpRequest request, ClaimsPrincipal user, VotingDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (y, problem) = await db.LeadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            var (body, bad) = await request.ReadJsonBodyAsync<OpenRoundBody>(ct);
            if (bad is not null) return bad;
            var (round, invalid, refused) = await RoundOpening.OpenAsync(db, y!, body!, user.Who(), time, ct);
            if (invalid is not null) return invalid;
            if (refused is not null) return refused;
            return TypedResults.Created($"/voting/clusters/{clusterId}/years/{year}/rounds/{round!.Number}", RoundView.Of(round, 0));
        }).Accepts<OpenRoundBody>("application/json");

        year.MapGet("/rounds", async Task<Results<Ok<List<RoundView>>, ProblemHttpResult>> (
            string clusterId, int year, ClaimsPrincipal user, VotingDb db, CancellationToken ct) =>
        {
            var (_, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            var rounds = await db.Rounds.AsNoTracking().Where(r => r.ClusterId == clusterId && r.Year == year).OrderBy(r => r.Number).ToListAsync(ct);
            var issued = await IssuedCountsAsync(db, rounds, ct);
            return TypedResults.Ok(rounds.Select(r => RoundView.Of(r, issued.GetValueOrDefault(r.Id))).ToList());
        });

        year.MapGet("/rounds/{number:int}", async Task<Results<Ok<RoundView>, ProblemHttpResult>> (
            string clusterId, int year, int number, ClaimsPrincipal user, VotingDb db, CancellationToken ct) =>
        {
            var (_, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            if (await FindAsync(db, clusterId, year, number, ct) is not { } r) return NoRound(number);
            return TypedResults.Ok(RoundView.Of(r, await db.IssuedCodes.CountAsync(i => i.RoundId == r.Id, ct)));
        });

        year.MapPost("/rounds/{number:int}/code", async Task<Results<Ok<IssuedCodeView>, ProblemHttpResult>> (
            string clusterId, int year, int number, ClaimsPrincipal user, VotingDb db, CancellationToken ct) =>
        {
            var (_, unit, problem) = await db.MemberAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            if (await FindAsync(db, clusterId, year, number, ct) is not { } r) return NoRound(number);
            var (codes, refused) = await RoundCodes.IssueAsync(db, r, [unit!], ct);
            if (refused is not null) return refused;
            return TypedResults.Ok(new IssuedCodeView(r.Number, r.AwardName, codes[0]));
        });

        year.MapPost("/rounds/{number:int}/slips", async Task<Results<Ok<List<BallotSlip>>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, int number, HttpRequest request, ClaimsPrincipal user, VotingDb db, CancellationToken ct) =>
        {
            var (_, problem) = await db.LeadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            var (body, bad) = await request.ReadJsonBodyAsync<SlipsBody>(ct);
            if (bad is not null) return bad;
            var page = body!.BallotPage ?? "/bo-phieu";
            if (page.Length > Limits.Reference || !(page.StartsWith('/') || Uri.TryCreate(page, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
                return Validation.Problem("ballotPage", "Địa chỉ trang bỏ phiếu phải là một địa chỉ http(s) hoặc bắt đầu bằng /.");
            if (await FindAsync(db, clusterId, year, number, ct) is not { } r) return NoRound(number);
            var present = await db.CheckIns.Where(c => c.ClusterId == clusterId && c.Year == year && c.Kind == ConferenceKinds.Summary)
                .Select(c => c.UnitId).ToListAsync(ct);
            var issued = await db.IssuedCodes.Where(i => i.RoundId == r.Id).Select(i => i.UnitId).ToListAsync(ct);
            var waiting = present.Except(issued).ToList();
            if (waiting.Count == 0) return Problems.Conflict($"Mọi đơn vị dự họp đã nhận mã của vòng {number}.");
            var (codes, refused) = await RoundCodes.IssueAsync(db, r, waiting, ct);
            if (refused is not null) return refused;
            return TypedResults.Ok(codes.Select(c => Slips.Make(c, page)).ToList());
        }).Accepts<SlipsBody>("application/json");

        year.MapPost("/rounds/{number:int}/close", async Task<Results<Ok<RoundView>, ProblemHttpResult>> (
            string clusterId, int year, int number, ClaimsPrincipal user, VotingDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (_, problem) = await db.LeadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            if (await db.Rounds.FirstOrDefaultAsync(r => r.ClusterId == clusterId && r.Year == year && r.Number == number, ct) is not { } r)
                return NoRound(number);
            if (!r.IsOpen) return Problems.Conflict($"Vòng {number} đã đóng.");
            var ballots = await db.Ballots.AsNoTracking().Where(b => b.RoundId == r.Id).Select(b => b.Choices).ToListAsync(ct);
            var outcome = Tally.Count(r.Candidates.Select(c => c.UnitId).ToList(), r.Seats, r.Base, ballots);
            r.Result = outcome.Tally.Select(t => new RoundCandidate
            {
                UnitId = t.UnitId, UnitName = r.Candidates.First(c => c.UnitId == t.UnitId).UnitName, Votes = t.Votes, Elected = t.Elected,
            }).ToList();
            (r.ClosedAt, r.ClosedBy) = (time.GetUtcNow(), user.Who());
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Problems.Conflict("Có phiếu vừa được bỏ trong lúc đóng vòng; hãy đóng lại."); }
            return TypedResults.Ok(RoundView.Of(r, await db.IssuedCodes.CountAsync(i => i.RoundId == r.Id, ct)));
        });
    }

    public static Task<BallotRound?> FindAsync(VotingDb db, string clusterId, int year, int number, CancellationToken ct) =>
        db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.ClusterId == clusterId && r.Year == year && r.Number == number, ct);

    public static ProblemHttpResult NoRound(int number) => Problems.NotFound($"Không có vòng bỏ phiếu số {number}.");

    private static async Task<Dictionary<Guid, int>> IssuedCountsAsync(VotingDb db, List<BallotRound> rounds, CancellationToken ct)
    {
        var ids = rounds.Select(r => r.Id).ToList();
        return await db.IssuedCodes.Where(i => ids.Contains(i.RoundId)).GroupBy(i => i.RoundId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }
}
