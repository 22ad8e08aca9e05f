using Tdkt.Scoring.Model;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Loading;

/// <summary>Reads award rules: seats (fixed, by cluster size or what the quota leaves), thresholds, Party rating.</summary>
internal static class AwardsReader
{
    public static AwardRules Read(Node? n, Eligibility eligibility)
    {
        if (n is null) return AwardRules.None;
        var total = Quotas(n, "total_by_size");
        var awards = new List<AwardRule>();
        foreach (var a in n.Maps("list", required: true))
        {
            var count = a.Int("count");
            var bySize = Quotas(a, "count_by_size");
            var rest = a.Bool("rest") ?? false;
            var ways = (count is null ? 0 : 1) + (bySize.Count == 0 ? 0 : 1) + (rest ? 1 : 0);
            if (ways != 1) a.Errors.Add(a.Path, "Cần đúng một trong: count, count_by_size, rest: true");
            if (count < 0) a.Errors.Add(a.At("count"), $"{count} không được âm");
            if (rest && total.Count == 0) a.Errors.Add(a.At("rest"), "rest: true cần awards.total_by_size");
            var rating = a.Str("requires_party_rating");
            if (rating is not null && eligibility.PartyRatings.All(r => r.Id != rating))
                a.Errors.Add(a.At("requires_party_rating"), $"Xếp loại \"{rating}\" không có trong eligibility.party_ratings");
            awards.Add(new AwardRule(a.Str("id", true) ?? "", a.Str("name", true) ?? "", count, bySize, rest, a.Dec("min_total"), rating));
            a.RejectUnknownKeys();
        }
        KindReader.Unique(awards.Select((a, i) => (a.Id, $"{n.At("list")}[{i}].id")), n.Errors);
        n.RejectUnknownKeys();
        return new AwardRules(awards, total);
    }

    private static List<SizeQuota> Quotas(Node n, string key)
    {
        var list = new List<SizeQuota>();
        foreach (var q in n.Maps(key))
        {
            var quota = new SizeQuota(q.Int("min_units") ?? 1, q.Int("max_units"), q.Int("count", required: true) ?? 0);
            if (quota.MaxUnits < quota.MinUnits)
                q.Errors.Add(q.At("max_units"), $"max_units {quota.MaxUnits} nhỏ hơn min_units {quota.MinUnits}");
            if (quota.Count < 0) q.Errors.Add(q.At("count"), $"{quota.Count} không được âm");
            var clash = list.FindIndex(o => o.MinUnits <= (quota.MaxUnits ?? int.MaxValue) && quota.MinUnits <= (o.MaxUnits ?? int.MaxValue));
            if (clash >= 0) q.Errors.Add(q.Path, $"Khoảng số đơn vị chồng lên {n.At(key)}[{clash}]");
            list.Add(quota);
            q.RejectUnknownKeys();
        }
        return list;
    }
}
