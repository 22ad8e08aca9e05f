namespace Tdkt.Scoring.Computation;

/// <summary>Competition ranking on the final total (1, 1, 3): equal totals share a rank and name each other.</summary>
internal static class Ranking
{
    public static List<UnitResult> Rank(IReadOnlyList<UnitResult> units) => units
        .Select(u => u with
        {
            Rank = 1 + units.Count(o => o.Total > u.Total),
            TiedWith = units.Where(o => o.Total == u.Total && o.UnitId != u.UnitId)
                .Select(o => o.UnitId).Order(StringComparer.Ordinal).ToList(),
        })
        .OrderBy(u => u.Rank)
        .ThenBy(u => u.UnitId, StringComparer.Ordinal)
        .ToList();
}
