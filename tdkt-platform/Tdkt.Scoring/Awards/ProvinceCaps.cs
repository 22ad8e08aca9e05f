using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Awards;

/// <summary>
/// Province-level caps across clusters. "Không quá 20 %" is read as at most floor(20 % × n):
/// 12 provincial-Flag units allow 2 Government Flags; fewer than 5 allow none.
/// </summary>
public static class ProvinceCaps
{
    public const decimal GovernmentFlagShare = 0.20m;
    public const decimal ExcellentCollectiveShare = 0.30m;

    /// <summary>Government Flags: at most 20 % of the units reaching the provincial Flag (YT, CĐ).</summary>
    public static int GovernmentFlagMax(int provincialFlagUnits) => Max(GovernmentFlagShare, provincialFlagUnits);

    /// <summary>"Tập thể lao động xuất sắc": at most 30 % of the "tập thể lao động tiên tiến" units (BK school blocks).</summary>
    public static int ExcellentCollectiveMax(int advancedCollectiveUnits) => Max(ExcellentCollectiveShare, advancedCollectiveUnits);

    /// <summary>Problems with a province's proposals, naming the cap that is broken.</summary>
    public static IReadOnlyList<ValidationError> Check(
        int provincialFlagUnits, int governmentFlagsProposed, int advancedCollectiveUnits, int excellentCollectivesProposed)
    {
        var errors = new List<ValidationError>();
        var flags = GovernmentFlagMax(provincialFlagUnits);
        if (governmentFlagsProposed > flags)
            errors.Add(new("governmentFlags", $"Đề nghị {governmentFlagsProposed} Cờ thi đua của Chính phủ, vượt 20 % của {provincialFlagUnits} đơn vị đạt Cờ thi đua cấp tỉnh (tối đa {flags})"));
        var excellent = ExcellentCollectiveMax(advancedCollectiveUnits);
        if (excellentCollectivesProposed > excellent)
            errors.Add(new("excellentCollectives", $"Đề nghị {excellentCollectivesProposed} Tập thể lao động xuất sắc, vượt 30 % của {advancedCollectiveUnits} Tập thể lao động tiên tiến (tối đa {excellent})"));
        return errors;
    }

    private static int Max(decimal share, int units) => units <= 0 ? 0 : (int)Math.Floor(share * units);
}
