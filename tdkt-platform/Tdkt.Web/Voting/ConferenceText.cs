namespace Tdkt.Web.Voting;

/// <summary>The voting service's codes as the conference pages write them.</summary>
public static class ConferenceText
{
    public const string Summary = "summary";
    public static readonly string[] Kinds = ["mid-year-review", "pre-meeting", Summary];

    public static string Kind(string kind) => kind switch
    {
        "mid-year-review" => "Hội nghị sơ kết 6 tháng",
        "pre-meeting" => "Họp trù bị",
        _ => "Hội nghị tổng kết",
    };

    public static string Method(string? method) => method switch
    {
        "consensus" => "Thống nhất theo kết quả chấm điểm",
        "ballot" => "Bỏ phiếu kín",
        _ => method ?? "",
    };

    public static string Outcome(string outcome) => outcome switch
    {
        "proposed" => "Đề nghị theo điểm",
        "vote-required" => "Cần bỏ phiếu",
        "no-candidate" => "Không có đơn vị đủ điều kiện",
        _ => outcome,
    };

    public static string DecidedBy(string how) => how switch
    {
        "score" => "theo điểm",
        "consensus" => "thống nhất",
        "ballot" => "bỏ phiếu kín",
        "rotation" => "luân phiên",
        "election" => "bầu",
        _ => how,
    };

    public static string Status(string status) => status switch
    {
        "eligible" => "Đủ điều kiện",
        "ineligible" => "Chưa đủ điều kiện",
        "excluded" => "Không xét",
        "deferred" => "Chưa xét",
        _ => status,
    };

    /// <summary>The public result of a closed round (its page is the ballot helper's).</summary>
    public static string ResultLink(string clusterId, int year, int round) => $"/ket-qua-bo-phieu/{clusterId}/{year}/{round}";
}
