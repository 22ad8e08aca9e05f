using System.Globalization;

namespace Tdkt.Dossier.Documents;

/// <summary>The Vietnamese words and number formats of the dossier documents.</summary>
internal static class Vn
{
    // Vietnamese writes 918,5 and 1.012,25: a decimal comma and a dot between thousands.
    private static readonly NumberFormatInfo Numbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    public static string Number(decimal value) => value.ToString("#,##0.##", Numbers);

    /// <summary>Two digits for counts in administrative prose: "02 tập thể".</summary>
    public static string Count(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    public static string Percent(int votes, int @base) => @base == 0 ? "0%" : Number(Math.Round(votes * 100m / @base, 2)) + "%";

    /// <summary>Decree 30: a zero before days under 10 and the months 1 and 2 only ("ngày 05 tháng 3", "tháng 01").</summary>
    public static string Date(DateOnly date) =>
        $"ngày {date.Day:00} tháng {(date.Month < 3 ? date.Month.ToString("00") : date.Month.ToString())} năm {date.Year}";

    public static string Status(string status) => status switch
    {
        "eligible" => "Đủ điều kiện",
        "ineligible" => "Không đủ điều kiện",
        "excluded" => "Không xét",
        "deferred" => "Chưa xét",
        _ => status,
    };

    public static string Method(string method) => method switch
    {
        "consensus" => "Thống nhất (biểu quyết công khai)",
        "ballot" => "Bỏ phiếu kín",
        _ => method,
    };

    public static string Quorum(string rule) => rule switch
    {
        "all" => "100% đơn vị thành viên",
        "two-thirds" => "ít nhất 2/3 đơn vị thành viên",
        _ => "quá nửa số đơn vị thành viên",
    };

    public static string MajorityOf(string basis) => basis == "members" ? "tổng số đơn vị thành viên của Cụm" : "số đơn vị thành viên dự Hội nghị";

    public static string DecidedBy(string decidedBy) => decidedBy switch
    {
        "score" => "Theo kết quả chấm điểm",
        "consensus" => "Thống nhất (biểu quyết công khai)",
        "ballot" => "Bỏ phiếu kín",
        _ => decidedBy,
    };

    public static string LeadershipBy(string how) => how == "rotation" ? "luân phiên theo quy chế của Cụm" : "bầu tại Hội nghị";

    public static string Elected(bool elected) => elected ? "Trúng" : "Không trúng";

    public static string Roman(int n) => n is >= 1 and <= 10 ? new[] { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" }[n - 1] : n.ToString(CultureInfo.InvariantCulture);
}
