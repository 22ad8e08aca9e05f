using System.Globalization;
using System.Text;
using Tdkt.Scoring.Awards;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Rendering;

/// <summary>Renders a cluster computation as a plain-text table (Vietnamese headers), then the award proposals.</summary>
public static class TableRenderer
{
    public static string Render(ClusterResult result)
    {
        var header = new List<string> { "Hạng", "Đơn vị" };
        var groups = result.Units.FirstOrDefault()?.Groups ?? [];
        header.AddRange(groups.Select((g, i) => $"ND{i + 1} ({Num.F(g.Max)})"));
        header.AddRange(["Thưởng", "Trừ", "Tổng", "Tình trạng"]);
        var rows = result.Units.Select(u => Row(u)).ToList();
        var widths = header.Select((h, i) => Math.Max(Width(h), rows.Count == 0 ? 0 : rows.Max(r => Width(r[i])))).ToList();
        var sb = new StringBuilder();
        if (result.ClusterName is not null) sb.AppendLine($"{result.ClusterName}{(result.Year is { } y ? $" – năm {y}" : "")}");
        Line(sb, header, widths);
        sb.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var r in rows) Line(sb, r, widths);
        foreach (var u in result.Units.Where(u => u.Reasons.Count > 0))
            sb.AppendLine($"  {u.UnitName}: {string.Join("; ", u.Reasons)}");
        sb.AppendLine();
        sb.AppendLine("Đề nghị khen thưởng:");
        foreach (var a in result.Awards) sb.AppendLine(Award(a, result));
        return sb.ToString();
    }

    private static List<string> Row(UnitResult u)
    {
        var rank = u.TiedWith.Count > 0 ? $"{u.Rank}=" : u.Rank.ToString(CultureInfo.InvariantCulture);
        var row = new List<string> { rank, u.UnitName };
        row.AddRange(u.Groups.Select(g => Num.F(g.Points)));
        row.AddRange([Num.F(u.Bonus), Num.F(u.Deductions), Num.F(u.Total), Status(u.Status)]);
        return row;
    }

    private static string Award(AwardProposal a, ClusterResult r)
    {
        string Names(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => r.Units.First(u => u.UnitId == id).UnitName));
        var text = $"- {a.AwardName} ({a.Seats} suất): " + a.Outcome switch
        {
            AwardOutcome.NoCandidate => "không có đơn vị đủ điều kiện",
            AwardOutcome.VoteRequired => (a.Proposed.Count > 0 ? $"{Names(a.Proposed)}; " : "") +
                                         $"bỏ phiếu {a.VoteSeats} suất trong số {Names(a.VoteCandidates)}",
            _ => a.Proposed.Count > 0 ? Names(a.Proposed) : "—",
        };
        return a.Notes.Count == 0 ? text : $"{text}{Environment.NewLine}    {string.Join($"{Environment.NewLine}    ", a.Notes)}";
    }

    private static string Status(UnitStatus s) => s switch
    {
        UnitStatus.Eligible => "Đủ điều kiện",
        UnitStatus.Ineligible => "Không đạt ngưỡng",
        UnitStatus.Excluded => "Không xét",
        _ => "Chưa xét",
    };

    // Vietnamese letters may be decomposed; count what the eye sees.
    private static int Width(string s) => new StringInfo(s.Normalize(NormalizationForm.FormC)).LengthInTextElements;

    private static void Line(StringBuilder sb, List<string> cells, List<int> widths) =>
        sb.AppendLine(string.Join(" | ", cells.Select((c, i) => c + new string(' ', widths[i] - Width(c)))).TrimEnd());
}
