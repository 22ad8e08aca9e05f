using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Model;
using Tdkt.Voting.Conferences;
using Tdkt.Voting.Nominations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Voting.Ballots;

/// <summary>
/// Opening a round: the nomination is open, the round's ballot is allowed by the method (a ballot, or the votes the
/// scores left to one, or the leadership where it is elected), no other round is open, and the quorum is present.
/// </summary>
public static class RoundOpening
{
    public static async Task<(BallotRound?, ValidationProblem?, ProblemHttpResult?)> OpenAsync(VotingDb db, VotingYear y, OpenRoundBody body,
        string who, TimeProvider time, CancellationToken ct)
    {
        var (clusterId, year) = (y.Copy.ClusterId, y.Copy.Year);
        if (string.IsNullOrWhiteSpace(body.AwardId)) return (null, Validation.Problem("awardId", "Cần chọn danh hiệu (hoặc Cụm trưởng, Cụm phó) để bỏ phiếu."), null);
        if (await db.Elections.FindAsync([clusterId, year], ct) is not { } election)
            return Refuse("Chưa mở phần bình xét, suy tôn của hội nghị tổng kết.");
        var scores = (await db.FinalScores.FindAsync([clusterId, year], ct))?.Scores;
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.ClusterId == clusterId && r.Year == year).ToListAsync(ct);
        var choice = Candidacy.For(body.AwardId, scores, rounds, y.Copy.Members);
        if (choice is null) return (null, Validation.Problem("awardId", $"Không có danh hiệu \"{body.AwardId}\" trong kết quả chấm điểm của năm {year}."), null);
        if (Candidacy.IsLeadership(choice.AwardId))
        {
            if (y.Rules.Leadership != ConferenceRules.Leaderships.Election)
                return Refuse($"Theo quy chế của {y.Name}, Cụm trưởng, Cụm phó năm sau được giới thiệu luân phiên, không bỏ phiếu.");
            if (election.LeadershipDecidedAt is not null) return Refuse("Cụm trưởng, Cụm phó năm sau đã được công bố.");
        }
        else
        {
            if (election.DecidedAt is not null) return Refuse("Kết quả suy tôn đã được công bố; không mở thêm vòng bỏ phiếu.");
            var voteRequired = scores!.Awards.First(a => a.AwardId == choice.AwardId).Outcome == "vote-required";
            if (election.Method != ConferenceRules.Methods.Ballot && !voteRequired)
                return Refuse($"Hội nghị đang bình xét theo hình thức thống nhất; «{choice.AwardName}» chỉ bỏ phiếu khi có đơn vị không nhất trí.");
        }
        if (rounds.FirstOrDefault(r => r.IsOpen) is { } open) return Refuse($"Vòng {open.Number} ({open.AwardName}) đang mở; hãy đóng vòng đó trước.");
        var quorum = await Quorum.OfAsync(db, y, ConferenceKinds.Summary, ct);
        if (!quorum.Met) return Refuse(quorum.Message);
        var v = new Validation();
        var seats = body.Seats ?? choice.Seats;
        if (choice.Seats == 0) return Refuse($"«{choice.AwardName}» đã đủ số đơn vị được suy tôn.");
        v.Check(seats >= 1 && seats <= choice.Seats, "seats", $"Số đơn vị được bầu ở vòng này phải từ 1 đến {choice.Seats}.");
        var candidates = body.Candidates is null ? choice.Candidates.ToList() : body.Candidates.OfType<string>().Distinct().ToList();
        if (body.Candidates is not null && body.Candidates.Any(c => c is null || !choice.Candidates.Contains(c)))
            v.Add("candidates", $"Ứng cử viên phải nằm trong danh sách: {string.Join(", ", choice.Candidates.Select(y.UnitName))}.");
        v.Check(candidates.Count >= 1, "candidates", "Vòng bỏ phiếu cần ít nhất một ứng cử viên.");
        if (!v.IsValid) return (null, v.ToProblem(), null);
        var voteBase = y.Rules.MajorityBase(quorum.Members, quorum.Present);
        var id = Guid.NewGuid();
        var round = new BallotRound
        {
            Id = id, ClusterId = clusterId, Year = year, Number = rounds.Count + 1, AwardId = choice.AwardId, AwardName = choice.AwardName,
            Seats = seats, Candidates = candidates.Select(c => new RoundCandidate { UnitId = c, UnitName = y.UnitName(c) }).ToList(),
            Base = voteBase, Threshold = y.Rules.Threshold(voteBase), OpenedAt = time.GetUtcNow(), OpenedBy = who, LastHash = HashChain.Genesis(id),
        };
        db.Rounds.Add(round);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (!e.IsDatabaseUnavailable()) { return Refuse("Một vòng bỏ phiếu khác vừa được mở; hãy tải lại trang."); }
        return (round, null, null);
    }

    private static (BallotRound?, ValidationProblem?, ProblemHttpResult?) Refuse(string message) => (null, null, Problems.Conflict(message));
}
