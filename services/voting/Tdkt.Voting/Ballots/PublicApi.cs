using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Problems;

namespace Tdkt.Voting.Ballots;

public sealed record BallotPaper(string ClusterId, string ClusterName, int Year, int Round, string AwardName, int Seats, IReadOnlyList<CandidateView> Candidates);

public sealed record PublishedBallot(int Seq, IReadOnlyList<string> Choices, string Nonce, string PreviousHash, string Receipt);

/// <summary>A closed round's box for anybody to check: every ballot with its receipt, whether the chain holds and the tally matches.</summary>
public sealed record PublishedRound(string ClusterName, RoundView Round, IReadOnlyList<PublishedBallot> Ballots, bool ChainIntact, bool TallyMatches);

/// <param name="Counted">The round is closed and its published box holds the ballot.</param>
public sealed record ReceiptCheck(string Receipt, string ClusterId, string ClusterName, int Year, int Round, string AwardName, int Seq, bool Counted,
    IReadOnlyList<string>? Choices);

/// <summary>
/// What needs no account: the ballot paper and casting (the code is the credential), a closed round's box and
/// tally, and the check of a receipt. Before closing a receipt only says it is in the box, never its choices.
/// </summary>
public static class PublicApi
{
    public static void MapPublicVotingApi(this IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup("/voting/public").WithTags("Voting").AllowAnonymous();

        open.MapPost("/ballot-paper", async Task<Results<Ok<BallotPaper>, ValidationProblem, ProblemHttpResult>> (
            HttpRequest request, VotingDb db, CancellationToken ct) =>
        {
            var (body, bad) = await request.ReadJsonBodyAsync<CodeBody>(ct);
            if (bad is not null) return bad;
            var (code, round, invalid) = await Casting.FindAsync(db, body!.Code, ct);
            if (invalid is not null) return invalid;
            if (Casting.Refusal(code!, round!) is { } refused) return refused;
            var name = (await db.ReadYearAsync(round!.ClusterId, round.Year, ct))?.ClusterName ?? round.ClusterId;
            return TypedResults.Ok(new BallotPaper(round.ClusterId, name, round.Year, round.Number, round.AwardName, round.Seats,
                round.Candidates.Select(c => new CandidateView(c.UnitId, c.UnitName, null, null)).ToList()));
        }).Accepts<CodeBody>("application/json");

        open.MapPost("/ballots", async Task<Results<Ok<CastReceipt>, ValidationProblem, ProblemHttpResult>> (
            HttpRequest request, VotingDb db, CancellationToken ct) =>
        {
            var (body, bad) = await request.ReadJsonBodyAsync<CastBody>(ct);
            if (bad is not null) return bad;
            var (receipt, invalid, refused) = await Casting.CastAsync(db, body!, ct);
            if (invalid is not null) return invalid;
            if (refused is not null) return refused;
            return TypedResults.Ok(receipt!);
        }).Accepts<CastBody>("application/json");

        open.MapGet("/clusters/{clusterId}/years/{year:int}/rounds/{number:int}", async Task<Results<Ok<PublishedRound>, ProblemHttpResult>> (
            string clusterId, int year, int number, VotingDb db, CancellationToken ct) =>
        {
            if (await RoundApi.FindAsync(db, clusterId, year, number, ct) is not { } r) return RoundApi.NoRound(number);
            if (r.IsOpen) return Problems.Conflict($"Vòng {number} đang mở; kết quả và hòm phiếu chỉ công bố sau khi đóng vòng.");
            var ballots = await db.Ballots.AsNoTracking().Where(b => b.RoundId == r.Id).OrderBy(b => b.Seq).ToListAsync(ct);
            var recount = Tally.Count(r.Candidates.Select(c => c.UnitId).ToList(), r.Seats, r.Base, ballots.Select(b => b.Choices));
            var name = (await db.ReadYearAsync(clusterId, year, ct))?.ClusterName ?? clusterId;
            return TypedResults.Ok(new PublishedRound(name, RoundView.Of(r, await db.IssuedCodes.CountAsync(i => i.RoundId == r.Id, ct)),
                ballots.Select(b => new PublishedBallot(b.Seq, b.Choices, b.Nonce, b.PreviousHash, b.Hash)).ToList(),
                HashChain.Verify(r.Id, ballots, r.LastHash),
                recount.Tally.All(t => r.Result.Any(x => x.UnitId == t.UnitId && x.Votes == t.Votes && x.Elected == t.Elected))));
        });

        open.MapGet("/receipts/{receipt}", async Task<Results<Ok<ReceiptCheck>, ValidationProblem, ProblemHttpResult>> (
            string receipt, VotingDb db, CancellationToken ct) =>
        {
            var hash = receipt.Trim().ToLowerInvariant();
            if (hash.Length != 64 || !hash.All(Uri.IsHexDigit))
                return Validation.Problem("receipt", "Biên nhận là chuỗi 64 ký tự (0–9, a–f) hiện sau khi bỏ phiếu.");
            if (await db.Ballots.AsNoTracking().FirstOrDefaultAsync(b => b.Hash == hash, ct) is not { } b)
                return Problems.NotFound("Không có phiếu nào với biên nhận này trong hòm phiếu.");
            var r = await db.Rounds.AsNoTracking().FirstAsync(x => x.Id == b.RoundId, ct);
            var name = (await db.ReadYearAsync(r.ClusterId, r.Year, ct))?.ClusterName ?? r.ClusterId;
            return TypedResults.Ok(new ReceiptCheck(b.Hash, r.ClusterId, name, r.Year, r.Number, r.AwardName, b.Seq, !r.IsOpen, r.IsOpen ? null : b.Choices));
        });
    }
}
