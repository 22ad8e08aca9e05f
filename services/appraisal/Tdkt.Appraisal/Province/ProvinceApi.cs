using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Awards;

namespace Tdkt.Appraisal.Province;

/// <summary>One finalized cluster's proposals, for the board's province view.</summary>
public sealed record ClusterProposals(string ClusterId, string ClusterName, DateTimeOffset FinalizedAt, IReadOnlyList<ProposedAward> Awards,
    IReadOnlyDictionary<string, string> UnitNames);

/// <summary>
/// The province's proposals: every finalized cluster's awards, the units reaching a provincial flag (the pool for
/// Government Flags) and the caps the board's own proposals must respect (Government Flag ≤ 20 %, excellent collective ≤ 30 %).
/// </summary>
public sealed record ProvinceView(int Year, IReadOnlyList<ClusterProposals> Clusters, IReadOnlyList<string> ProvincialFlagUnits,
    int GovernmentFlagMax, IReadOnlyList<string> AdvancedCollectiveUnits, int ExcellentCollectiveMax);

public sealed record ProvinceProposal(List<string?>? GovernmentFlags, List<string?>? ExcellentCollectives);

public sealed record CapsCheck(bool WithinCaps, IReadOnlyList<string> Violations, int GovernmentFlagMax, int ExcellentCollectiveMax);

public static class ProvinceApi
{
    // Award ids of the shipped frameworks: a provincial flag is "co_…" (Cờ thi đua của UBND tỉnh / xuất sắc / Thành phố).
    private static bool IsProvincialFlag(string awardId) => awardId.StartsWith("co_", StringComparison.Ordinal);
    private static bool IsAdvancedCollective(string awardId) => awardId.Contains("tien_tien", StringComparison.Ordinal);

    public static void MapProvinceApi(this RouteGroupBuilder appraisal)
    {
        var province = appraisal.MapGroup("/province/{year:int}").RequireAuthorization(Policies.Board);
        province.MapGet("/proposals", async (int year, AppraisalDb db, CancellationToken ct) => TypedResults.Ok(await ViewAsync(db, year, ct)));

        province.MapPost("/caps-check", async Task<Results<Ok<CapsCheck>, ValidationProblem>> (int year, HttpRequest request, AppraisalDb db, CancellationToken ct) =>
        {
            var (body, bad) = await request.ReadJsonBodyAsync<ProvinceProposal>(ct);
            if (bad is not null) return bad;
            var view = await ViewAsync(db, year, ct);
            var v = new Validation();
            Pool(v, "governmentFlags", body!.GovernmentFlags, view.ProvincialFlagUnits, "Cờ thi đua của Chính phủ chỉ đề nghị cho đơn vị đạt Cờ thi đua cấp tỉnh");
            Pool(v, "excellentCollectives", body.ExcellentCollectives, view.AdvancedCollectiveUnits, "Tập thể lao động xuất sắc chỉ đề nghị cho Tập thể lao động tiên tiến");
            if (!v.IsValid) return v.ToProblem();
            var violations = ProvinceCaps.Check(view.ProvincialFlagUnits.Count, body.GovernmentFlags?.Count ?? 0,
                view.AdvancedCollectiveUnits.Count, body.ExcellentCollectives?.Count ?? 0);
            return TypedResults.Ok(new CapsCheck(violations.Count == 0, violations.Select(e => e.Message).ToList(), view.GovernmentFlagMax, view.ExcellentCollectiveMax));
        }).Accepts<ProvinceProposal>("application/json");
    }

    private static void Pool(Validation v, string field, List<string?>? chosen, IReadOnlyList<string> pool, string rule)
    {
        if (!v.Items(field, chosen, "danh sách đơn vị", 1000) || chosen is null) return;
        for (var i = 0; i < chosen.Count; i++)
            v.Check(pool.Contains(chosen[i]!), $"{field}[{i}]", $"{rule}; '{chosen[i]}' không có trong danh sách đó.");
    }

    private static async Task<ProvinceView> ViewAsync(AppraisalDb db, int year, CancellationToken ct)
    {
        var finals = await db.AppraisalYears.AsNoTracking().Where(y => y.Year == year && y.FinalJson != null).ToListAsync(ct);
        var names = await db.ClusterYears.AsNoTracking().Where(y => y.Year == year).ToDictionaryAsync(y => y.ClusterId, y => y.ClusterName, ct);
        var clusters = finals.Select(f => (State: f, Final: JsonSerializer.Deserialize<ScoresFinalized>(f.FinalJson!, JsonSerializerOptions.Web)!))
            .OrderBy(x => x.State.ClusterId)
            .Select(x => new ClusterProposals(x.State.ClusterId, names.GetValueOrDefault(x.State.ClusterId) ?? x.State.ClusterId,
                x.State.FinalizedAt!.Value, x.Final.Awards, x.Final.Units.ToDictionary(u => u.UnitId, u => u.UnitName)))
            .ToList();
        var flags = clusters.SelectMany(c => c.Awards).Where(a => IsProvincialFlag(a.AwardId)).SelectMany(a => a.Proposed).Distinct().ToList();
        var advanced = clusters.SelectMany(c => c.Awards).Where(a => IsAdvancedCollective(a.AwardId)).SelectMany(a => a.Proposed).Distinct().ToList();
        return new ProvinceView(year, clusters, flags, ProvinceCaps.GovernmentFlagMax(flags.Count), advanced, ProvinceCaps.ExcellentCollectiveMax(advanced.Count));
    }
}
