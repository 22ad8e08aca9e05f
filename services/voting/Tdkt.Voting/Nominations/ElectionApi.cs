using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Model;
using Tdkt.Voting.Conferences;

namespace Tdkt.Voting.Nominations;

public sealed record OpenElectionBody(string? Method);

public sealed record AnswerBody(bool? Agrees, string? Comment);

/// <summary>
/// The head opens the nomination at the summary conference once the quorum is present and the final scores are in,
/// by consensus or by secret ballot. Under consensus each attending unit confirms the proposed ranking; one
/// objection moves the whole nomination to a secret ballot (seed 000 II.2).
/// </summary>
public static class ElectionApi
{
    public static void MapElectionApi(this RouteGroupBuilder year)
    {
        year.MapGet("/election", async Task<Results<Ok<ElectionView>, ProblemHttpResult>> (
            string clusterId, int year, ClaimsPrincipal user, VotingDb db, CancellationToken ct) =>
        {
            var (y, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            return TypedResults.Ok(await ElectionView.BuildAsync(db, y!, ct));
        });

        year.MapPost("/election", async Task<Results<Ok<ElectionView>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, HttpRequest request, ClaimsPrincipal user, VotingDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (y, problem) = await db.LeadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            var (body, bad) = await request.ReadJsonBodyAsync<OpenElectionBody>(ct);
            if (bad is not null) return bad;
            var method = body!.Method ?? y!.Rules.Method;
            if (!ConferenceRules.Methods.Values.Contains(method))
                return Validation.Problem("method", "Hình thức bình xét phải là consensus (thống nhất) hoặc ballot (bỏ phiếu kín).");
            if (await db.Elections.FindAsync([clusterId, year], ct) is not null) return Problems.Conflict("Phần bình xét, suy tôn đã được mở.");
            if (await db.Conferences.FindAsync([clusterId, year, ConferenceKinds.Summary], ct) is null)
                return Problems.Conflict($"Hội nghị tổng kết năm {year} chưa được lên lịch.");
            if (await db.FinalScores.FindAsync([clusterId, year], ct) is null)
                return Problems.Conflict($"Chưa nhận được kết quả chấm điểm đã chốt của năm {year}; chưa thể bình xét.");
            var quorum = await Quorum.OfAsync(db, y!, ConferenceKinds.Summary, ct);
            if (!quorum.Met) return Problems.Conflict(quorum.Message);
            db.Elections.Add(new Election
            {
                ClusterId = clusterId, Year = year, Method = method, QuorumRule = quorum.Rule, Members = quorum.Members, Required = quorum.Required,
                Present = quorum.Present, MajorityOf = quorum.MajorityOf, OpenedAt = time.GetUtcNow(), OpenedBy = user.Who(),
            });
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(await ElectionView.BuildAsync(db, y!, ct));
        }).Accepts<OpenElectionBody>("application/json");

        year.MapPost("/election/answers", async Task<Results<Ok<ElectionView>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, HttpRequest request, ClaimsPrincipal user, VotingDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (y, unit, problem) = await db.MemberAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            var (body, bad) = await request.ReadJsonBodyAsync<AnswerBody>(ct);
            if (bad is not null) return bad;
            var v = new Validation().Check(body!.Agrees is not null, "agrees", "Cần chọn nhất trí hoặc không nhất trí.");
            if (body.Agrees == false) v.Text("comment", body.Comment, "Lý do không nhất trí", Limits.Text);
            else v.OptionalText("comment", body.Comment, "Ý kiến", Limits.Text);
            if (!v.IsValid) return v.ToProblem();
            if (await db.Elections.FindAsync([clusterId, year], ct) is not { } election) return Problems.Conflict("Phần bình xét, suy tôn chưa được mở.");
            if (election.DecidedAt is not null) return Problems.Conflict("Kết quả suy tôn đã được công bố.");
            if (election.Method != ConferenceRules.Methods.Consensus)
                return Problems.Conflict("Hội nghị đã chuyển sang bỏ phiếu kín; không cần xác nhận kết quả xếp hạng nữa.");
            if (await db.CheckIns.FindAsync([clusterId, year, ConferenceKinds.Summary, unit!], ct) is null)
                return Problems.Conflict("Đơn vị chưa điểm danh tại hội nghị tổng kết nên chưa thể cho ý kiến.");
            var answer = await db.ConsensusAnswers.FindAsync([clusterId, year, unit!], ct);
            if (answer is null) db.ConsensusAnswers.Add(answer = new ConsensusAnswer { ClusterId = clusterId, Year = year, UnitId = unit! });
            (answer.Agrees, answer.Comment, answer.At) = (body.Agrees!.Value, body.Comment?.Trim(), time.GetUtcNow());
            if (!answer.Agrees) (election.Method, election.ObjectedBy) = (ConferenceRules.Methods.Ballot, unit);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(await ElectionView.BuildAsync(db, y!, ct));
        }).Accepts<AnswerBody>("application/json");
    }
}
