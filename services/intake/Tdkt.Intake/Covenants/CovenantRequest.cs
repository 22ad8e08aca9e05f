using Tdkt.Platform.Problems;

namespace Tdkt.Intake.Covenants;

/// <param name="Date">dd/MM/yyyy (or yyyy-MM-dd).</param>
public sealed record CovenantRequest(string? Content, string? Date)
{
    public const int MaxContent = 20_000;

    /// <summary>
    /// The date may fall in the year before the emulation year: ĐB's covenant is launched by the next
    /// year's head at the summary of the year before (004_26196c60d78118a7.txt).
    /// </summary>
    public (Validation Validation, DateOnly Date) Validate(int year)
    {
        var v = new Validation();
        if (string.IsNullOrWhiteSpace(Content)) v.Add("content", "Nội dung giao ước thi đua là bắt buộc.");
        else v.OptionalText("content", Content, "Nội dung giao ước thi đua", MaxContent, lineBreaks: true);
        if (!InputRules.TryDate(Date, out var date))
            return (v.Add("date", "Ngày giao ước phải có dạng dd/MM/yyyy, ví dụ 15/03/2025."), default);
        v.Check(date.Year == year || date.Year == year - 1, "date",
            $"Ngày giao ước của năm thi đua {year} phải trong năm {year - 1} hoặc {year}.");
        return (v, date);
    }
}
