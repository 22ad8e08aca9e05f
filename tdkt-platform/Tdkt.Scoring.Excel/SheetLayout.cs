namespace Tdkt.Scoring.Excel;

/// <summary>Where things are on the exported score table; the importer reads the same places.</summary>
internal static class SheetLayout
{
    public const string SheetName = "Phiếu chấm";
    public const int HeaderRow = 4;
    public const int FirstDataRow = 5;

    public const string Id = "A";
    public const string Name = "B";
    public const string Max = "C";
    public const string Self = "D";
    public const string Evidence = "E";
    public const string Appraised = "F";
    public const string Guide = "G";

    public static readonly string[] Headers =
        ["Mã", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Minh chứng", "Điểm Cụm chấm", "Cách chấm"];

    /// <summary>Rows for whole groups and the bonus section carry this prefix in column A.</summary>
    public const string SectionPrefix = "#";

    /// <summary>The section listing the framework's deductions: D and F hold how many times, E the reason.</summary>
    public const string DeductionsSection = "deductions";
}
