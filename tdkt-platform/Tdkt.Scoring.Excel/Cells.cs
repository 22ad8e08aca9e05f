using System.Globalization;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Excel;

/// <summary>Reading values the way a user types them: numbers may come as numbers or as text (0.5 or 0,5).</summary>
internal static class Cells
{
    public static object? At(object?[] row, int index) => index < row.Length ? row[index] : null;

    public static bool IsEmpty(object? value) => value is null || value is string s && string.IsNullOrWhiteSpace(s);

    public static decimal? Number(object? value) => value switch
    {
        double d when !double.IsNaN(d) && !double.IsInfinity(d) && Math.Abs(d) < 1e12 => Math.Round((decimal)d, 6),
        // No thousands separators: "1,5" typed the Vietnamese way is 1,5, never 15.
        string s when decimal.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) => v,
        string s when decimal.TryParse(s.Trim(), NumberStyles.Float, Num.Vietnamese, out var v) => v,
        _ => null,
    };

    public static string? Text(object? value) => value switch
    {
        null => null,
        double d => d.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() is { Length: > 0 } s ? s : null,
    };

    public static IReadOnlyList<string> Lines(object? value) =>
        Text(value) is { } t ? t.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
}
