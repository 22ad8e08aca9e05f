namespace Tdkt.Scoring.Model;

/// <summary>How awards are proposed from the ranking, in order (Flag first, then Certificates…).</summary>
public sealed record AwardRules(IReadOnlyList<AwardRule> Awards, IReadOnlyList<SizeQuota> TotalBySize)
{
    public static AwardRules None { get; } = new([], []);
}

/// <summary>
/// One award. Seats come from <see cref="Count"/>, or from <see cref="CountBySize"/> (cluster size),
/// or are whatever the cluster-wide quota leaves (<see cref="Rest"/>).
/// </summary>
public sealed record AwardRule(
    string Id,
    string Name,
    int? Count,
    IReadOnlyList<SizeQuota> CountBySize,
    bool Rest,
    decimal? MinTotal,
    string? RequiresPartyRating);

/// <summary>Number of seats for clusters whose size is in [MinUnits, MaxUnits].</summary>
public sealed record SizeQuota(int MinUnits, int? MaxUnits, int Count)
{
    public bool Fits(int size) => size >= MinUnits && (MaxUnits is null || size <= MaxUnits);

    public static int? For(IReadOnlyList<SizeQuota> quotas, int size) => quotas.FirstOrDefault(q => q.Fits(size))?.Count;
}
