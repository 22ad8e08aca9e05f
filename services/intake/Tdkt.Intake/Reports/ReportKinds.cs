namespace Tdkt.Intake.Reports;

/// <summary>
/// The kinds of report a unit sends. The workflow definitions complete their steps on these values
/// (ReportSubmitted's "kind"), so they are data names, not labels: renaming one breaks a definition.
/// </summary>
public static class ReportKinds
{
    public const string SixMonth = "six-month";
    public const string Annual = "annual";
    /// <summary>Báo cáo thành tích: the award dossier takes the proposed units' ones.</summary>
    public const string Achievement = "achievement";
    public const string AdHoc = "ad-hoc";
    /// <summary>The head's draft summary report to the members (ĐB: at least 5 days before the conference); only the head or deputy sends it.</summary>
    public const string SummaryDraft = "summary-draft";

    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [SixMonth] = "Báo cáo sơ kết 6 tháng",
        [Annual] = "Báo cáo tổng kết năm",
        [Achievement] = "Báo cáo thành tích",
        [AdHoc] = "Báo cáo đột xuất",
        [SummaryDraft] = "Dự thảo báo cáo tổng kết của cụm",
    };

    public static string Listed { get; } = string.Join(", ", Labels.Keys);
}
