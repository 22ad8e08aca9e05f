using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;

namespace Tdkt.Scoring.Awards;

/// <summary>
/// Proposes awards in the framework's order from the ranked, eligible units. By consensus the best scores take
/// the seats; a tie across the last seat of an award makes that award a vote among the tied units, and the units
/// the vote does not choose keep first claim on the next award. Without consensus every award goes to a secret ballot.
/// </summary>
internal sealed class AwardProposer(Framework fw)
{
    private readonly AwardQualification _qualification = new(fw);

    public List<AwardProposal> Propose(IReadOnlyList<UnitResult> ranked, bool consensus)
    {
        var size = ranked.Count;
        var totalQuota = SizeQuota.For(fw.Awards.TotalBySize, size);
        var eligible = ranked.Where(u => u.Status == UnitStatus.Eligible).ToList();
        var taken = new HashSet<string>();
        var carry = new List<UnitResult>();
        var carryLosers = 0;
        var used = 0;
        var proposals = new List<AwardProposal>();
        for (var i = 0; i < fw.Awards.Awards.Count; i++)
        {
            var award = fw.Awards.Awards[i];
            var seats = Seats(award, size, totalQuota, used);
            used += seats;
            var notes = new List<string>();
            var pool = eligible.Where(u => !taken.Contains(u.UnitId) && carry.All(c => c.UnitId != u.UnitId)).ToList();
            var qualified = pool.Where(u => _qualification.Failure(u, i) is null).ToList();
            // Name the units a threshold kept from a seat their score would otherwise have reached.
            var cutoff = seats > 0 && qualified.Count >= seats ? qualified[seats - 1].Total : decimal.MinValue;
            if (seats > 0)
                notes.AddRange(pool.Where(u => u.Total >= cutoff)
                    .Select(u => (u, Failure: _qualification.Failure(u, i)))
                    .Where(x => x.Failure is not null)
                    .Select(x => $"{x.u.UnitName}: {x.Failure}"));
            if (!consensus)
            {
                proposals.Add(Ballot(award, seats, qualified, notes));
                continue;
            }
            var reserved = 0;
            var proposal = (AwardProposal?)null;
            if (carry.Count > 0)
            {
                var carryQualified = carry.Where(u => _qualification.Failure(u, i) is null).ToList();
                if (carryQualified.Count > 0 && seats < carryLosers)
                {
                    notes.Add($"Các đơn vị đồng điểm ở giải trước (trừ đơn vị được chọn) tranh {seats} suất: phải bỏ phiếu");
                    proposal = Vote(award, seats, [], carryQualified, seats, 0, notes);
                }
                else if (carryQualified.Count > 0)
                {
                    reserved = Math.Min(carryLosers, carryQualified.Count);
                    notes.Add($"{reserved} suất dành cho đơn vị không được chọn khi bỏ phiếu giải đồng điểm ở giải trước");
                }
                carry = [];
                carryLosers = 0;
            }
            proposal ??= Fill(award, seats, reserved, qualified, notes, out carry, out carryLosers);
            foreach (var id in proposal.Proposed) taken.Add(id);
            proposals.Add(proposal);
        }
        return proposals;
    }

    private AwardProposal Fill(AwardRule award, int seats, int reserved, List<UnitResult> qualified, List<string> notes,
        out List<UnitResult> carry, out int carryLosers)
    {
        carry = [];
        carryLosers = 0;
        var free = seats - reserved;
        if (qualified.Count <= free || free == 0)
        {
            var chosen = qualified.Take(free).Select(u => u.UnitId).ToList();
            return Make(award, seats, chosen, [], 0, reserved, notes);
        }
        var boundary = qualified[free - 1].Total;
        if (qualified[free].Total != boundary)
            return Make(award, seats, qualified.Take(free).Select(u => u.UnitId).ToList(), [], 0, reserved, notes);
        var decided = qualified.Where(u => u.Total > boundary).ToList();
        var tied = qualified.Where(u => u.Total == boundary).ToList();
        var voteSeats = free - decided.Count;
        carry = tied;
        carryLosers = tied.Count - voteSeats;
        notes.Add($"{tied.Count} đơn vị bằng {Validation.Num.F(boundary)} điểm tranh {voteSeats} suất: phải bỏ phiếu");
        return Vote(award, seats, decided.Select(u => u.UnitId).ToList(), tied, voteSeats, reserved, notes);
    }

    private static AwardProposal Ballot(AwardRule award, int seats, List<UnitResult> qualified, List<string> notes)
    {
        notes.Add("Các đơn vị chưa thống nhất: bỏ phiếu kín (lần 1 chọn các đơn vị xuất sắc, lần 2 chọn đơn vị dẫn đầu); " +
                  "đơn vị được suy tôn phải đạt trên 50% số phiếu của các đơn vị tham gia bỏ phiếu");
        return Vote(award, seats, [], qualified, seats, 0, notes);
    }

    private static AwardProposal Vote(AwardRule award, int seats, List<string> decided, List<UnitResult> candidates,
        int voteSeats, int reserved, List<string> notes) =>
        candidates.Count == 0 || voteSeats == 0
            ? Make(award, seats, decided, [], 0, reserved, notes)
            : new(award.Id, award.Name, seats, AwardOutcome.VoteRequired, decided,
                candidates.Select(u => u.UnitId).ToList(), voteSeats, reserved, notes);

    private static AwardProposal Make(AwardRule award, int seats, List<string> chosen, List<string> candidates,
        int voteSeats, int reserved, List<string> notes)
    {
        var outcome = chosen.Count == 0 && reserved == 0 && seats > 0 ? AwardOutcome.NoCandidate : AwardOutcome.Proposed;
        if (outcome == AwardOutcome.NoCandidate) notes.Add("Không có đơn vị đủ điều kiện");
        return new(award.Id, award.Name, seats, outcome, chosen, candidates, voteSeats, reserved, notes);
    }

    private static int Seats(AwardRule a, int size, int? totalQuota, int used)
    {
        var seats = a.Count ?? (a.Rest ? (totalQuota ?? 0) - used : SizeQuota.For(a.CountBySize, size) ?? 0);
        if (totalQuota is { } q) seats = Math.Min(seats, q - used);
        return Math.Max(0, seats);
    }
}
