using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;
using Tdkt.Platform.Persistence;

namespace Tdkt.Voting.Ballots;

public sealed record CodeBody(string? Code);

public sealed record CastBody(string? Code, List<string?>? Choices);

public sealed record CastReceipt(string Receipt, string ClusterId, int Year, int Round, string AwardName, int Seq);

/// <summary>
/// Casting is anonymous: the code is the only credential, and nothing stored or logged links it, or a unit, to
/// the ballot. The round's row is locked (PostgreSQL; SQLite has one writer) so the chain never forks, and the
/// code's Used flag and the round's ballot count are concurrency tokens besides.
/// </summary>
public static class Casting
{
    private const int Attempts = 20;

    public static async Task<(BallotCode?, BallotRound?, ValidationProblem?)> FindAsync(VotingDb db, string? typed, CancellationToken ct)
    {
        var invalid = Validation.Problem("code", "Mã bỏ phiếu không đúng. Mã gồm 12 ký tự, dạng XXXX-XXXX-XXXX, in trên phiếu hoặc hiện trên màn hình của đơn vị.");
        if (BallotCodes.Normalize(typed) is not { } code) return (null, null, invalid);
        var row = await db.BallotCodes.AsNoTracking().FirstOrDefaultAsync(c => c.CodeHash == BallotCodes.Hash(code), ct);
        if (row is null) return (null, null, invalid);
        return (row, await db.Rounds.AsNoTracking().FirstAsync(r => r.Id == row.RoundId, ct), null);
    }

    public static ProblemHttpResult? Refusal(BallotCode code, BallotRound round) =>
        code.Used ? Problems.Conflict("Mã này đã được dùng để bỏ phiếu. Mỗi mã chỉ bỏ phiếu được một lần.")
        : !round.IsOpen ? Problems.Conflict($"Vòng bỏ phiếu {round.Number} ({round.AwardName}) đã đóng; không nhận thêm phiếu.")
        : null;

    public static async Task<(CastReceipt?, ValidationProblem?, ProblemHttpResult?)> CastAsync(VotingDb db, CastBody body, CancellationToken ct)
    {
        var (code, round, invalid) = await FindAsync(db, body.Code, ct);
        if (invalid is not null) return (null, invalid, null);
        if (Refusal(code!, round!) is { } refused) return (null, null, refused);
        var v = new Validation();
        var choices = Choices(v, body.Choices, round!);
        if (!v.IsValid) return (null, v.ToProblem(), null);
        for (var attempt = 1; ; attempt++)
        {
            try { return await AppendAsync(db, code!.CodeHash, round!.Id, choices, ct); }
            catch (DbUpdateException e) when (attempt < Attempts && !e.IsDatabaseUnavailable()) { db.ChangeTracker.Clear(); }
        }
    }

    private static async Task<(CastReceipt?, ValidationProblem?, ProblemHttpResult?)> AppendAsync(VotingDb db, string codeHash, Guid roundId,
        List<string> choices, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync(LockSql, [roundId], ct);
        var round = await db.Rounds.FirstAsync(r => r.Id == roundId, ct);
        var code = await db.BallotCodes.FirstAsync(c => c.CodeHash == codeHash, ct);
        if (Refusal(code, round) is { } refused) return (null, null, refused);
        var seq = round.BallotCount + 1;
        var nonce = HashChain.NewNonce();
        var hash = HashChain.Link(round.LastHash, round.Id, seq, choices, nonce);
        db.Ballots.Add(new Ballot { RoundId = round.Id, Seq = seq, Choices = choices, Nonce = nonce, PreviousHash = round.LastHash, Hash = hash });
        code.Used = true;
        (round.BallotCount, round.LastHash) = (seq, hash);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (new CastReceipt(hash, round.ClusterId, round.Year, round.Number, round.AwardName, seq), null, null);
    }

    // The schema is the service's constant, never input.
    private const string LockSql = "SELECT 1 FROM \"" + VotingDb.SchemaName + "\".\"Rounds\" WHERE \"Id\" = {0} FOR UPDATE";

    /// <summary>Distinct candidates of the round, at most one per seat, in a canonical order; none is a blank ballot.</summary>
    private static List<string> Choices(Validation v, List<string?>? given, BallotRound round)
    {
        var list = given ?? [];
        if (list.Count > round.Seats)
            v.Add("choices", $"Vòng này bầu {round.Seats} đơn vị; phiếu chọn {list.Count} đơn vị là phiếu không hợp lệ.");
        if (list.Any(c => c is null || round.Candidates.All(x => x.UnitId != c)))
            v.Add("choices", "Phiếu chỉ được chọn các đơn vị trong danh sách ứng cử của vòng này.");
        if (list.Distinct().Count() != list.Count) v.Add("choices", "Mỗi đơn vị chỉ được chọn một lần trên một phiếu.");
        return list.OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
