using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;
using Tdkt.Voting.Conferences;
using Tdkt.Platform.Persistence;

namespace Tdkt.Voting.Ballots;

/// <summary>
/// Gives attending units their one code for a round. What is stored: that the unit got one (IssuedCodes) and,
/// apart, the codes' hashes in random order (BallotCodes). Nothing joins the two: the code itself exists only in
/// the answer to this request.
/// </summary>
public static class RoundCodes
{
    public static async Task<(List<string> Codes, ProblemHttpResult? Refused)> IssueAsync(VotingDb db, BallotRound round,
        IReadOnlyList<string> units, CancellationToken ct)
    {
        if (!round.IsOpen) return ([], Problems.Conflict($"Vòng {round.Number} đã đóng; không phát mã nữa."));
        var present = await db.CheckIns.Where(c => c.ClusterId == round.ClusterId && c.Year == round.Year && c.Kind == ConferenceKinds.Summary)
            .Select(c => c.UnitId).ToListAsync(ct);
        if (units.FirstOrDefault(u => !present.Contains(u)) is { } absent)
            return ([], Problems.Conflict($"Đơn vị '{absent}' chưa điểm danh tại hội nghị tổng kết nên không nhận mã bỏ phiếu."));
        if (await db.IssuedCodes.AnyAsync(i => i.RoundId == round.Id && units.Contains(i.UnitId), ct))
            return ([], AlreadyIssued(round));
        var codes = units.Select(_ => BallotCodes.New()).ToArray();
        RandomNumberGenerator.Shuffle(codes.AsSpan());
        foreach (var unit in units) db.IssuedCodes.Add(new IssuedCode { RoundId = round.Id, UnitId = unit });
        foreach (var code in codes)
            db.BallotCodes.Add(new BallotCode { CodeHash = BallotCodes.Hash(BallotCodes.Normalize(code)!), RoundId = round.Id });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (!e.IsDatabaseUnavailable()) { return ([], AlreadyIssued(round)); }
        return (codes.ToList(), null);
    }

    private static ProblemHttpResult AlreadyIssued(BallotRound round) =>
        Problems.Conflict($"Đơn vị đã nhận mã bỏ phiếu của vòng {round.Number}. Mã chỉ hiện một lần và không cấp lại.");
}
