using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Scoring.Model;

namespace Tdkt.Voting.Conferences;

/// <summary>The quorum of a conference as it stands: the cluster's rule, how many must be present, how many are.</summary>
public sealed record QuorumView(string Rule, int Members, int Required, int Present, string MajorityOf, string? Source)
{
    public int Missing => Math.Max(0, Required - Present);
    public bool Met => Missing == 0;

    public string RuleText => Rule switch
    {
        ConferenceRules.Quorums.All => "đủ 100% đơn vị thành viên",
        ConferenceRules.Quorums.TwoThirds => "ít nhất 2/3 đơn vị thành viên",
        _ => "quá nửa số đơn vị thành viên",
    };

    public string Message => Met
        ? $"Đủ số đơn vị dự họp ({Present}/{Members}, cần {RuleText})."
        : $"Chưa đủ số đơn vị dự họp: cần {RuleText} ({Required}/{Members}), mới có {Present}; còn thiếu {Missing} đơn vị.";

    public QuorumRecord ToRecord() => new(Rule, Members, Required, Present, MajorityOf, Source ?? "");
}

public static class Quorum
{
    public static async Task<QuorumView> OfAsync(VotingDb db, VotingYear y, string kind, CancellationToken ct)
    {
        var members = y.Copy.Members.Select(m => m.UnitId).ToHashSet();
        var present = await db.CheckIns.Where(c => c.ClusterId == y.Copy.ClusterId && c.Year == y.Copy.Year && c.Kind == kind)
            .Select(c => c.UnitId).ToListAsync(ct);
        var rules = y.Rules;
        return new QuorumView(rules.Quorum, members.Count, rules.RequiredPresent(members.Count), present.Count(members.Contains),
            rules.MajorityOf, rules.Source);
    }
}
