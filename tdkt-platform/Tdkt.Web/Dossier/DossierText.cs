using System.Globalization;

namespace Tdkt.Web.Dossier;

/// <summary>How the dossier's files and states read in Vietnamese on the head's page and in Ban TĐKT's inbox.</summary>
public static class DossierText
{
    public static string Kind(string kind) => kind switch
    {
        "proposal-letter" => "Tờ trình",
        "minutes" => "Biên bản hội nghị",
        "score-table" => "Bảng tổng hợp điểm",
        "vote-count" => "Biên bản kiểm phiếu",
        "achievement-report" => "Báo cáo thành tích",
        // The server's PDF copy of a written document (when it has LibreOffice), e.g. proposal-letter-pdf.
        _ when kind.EndsWith("-pdf", StringComparison.Ordinal) => $"{Kind(kind[..^"-pdf".Length])} (bản PDF)",
        _ => kind,
    };

    /// <summary>The badge's colour class for a status.</summary>
    public static string Badge(string status) => status switch
    {
        "acknowledged" => "ok",
        "submitted" => "warn",
        "returned" => "bad",
        _ => "pending",
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024m).ToString("0.#", Vi) + " KB",
        _ => (bytes / 1024m / 1024m).ToString("0.##", Vi) + " MB",
    };

    /// <summary>The first and last characters of a SHA-256: enough to compare by eye, the whole in the title.</summary>
    public static string Short(string sha256) => sha256.Length > 16 ? $"{sha256[..8]}…{sha256[^8..]}" : sha256;

    public static string PackagePath(string clusterId, int year, int version) =>
        $"{DossierDownloadProxy.Prefix}/{Uri.EscapeDataString(clusterId)}/{year}/{version}";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
}
