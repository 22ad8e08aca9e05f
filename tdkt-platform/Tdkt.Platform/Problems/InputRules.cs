using System.Globalization;
using System.Text.RegularExpressions;

namespace Tdkt.Platform.Problems;

/// <summary>The length limits every endpoint holds its text and lists to.</summary>
public static class Limits
{
    public const int Name = 200;
    public const int Email = 254;
    public const int Text = 2000;
    public const int Reference = 500;
    public const int ShortCode = 64;
    public const int Items = 500;
}

/// <summary>
/// Rules shared by every input: ids, texts and lists. Checked before anything is stored, so a
/// refused request changes nothing and a stored value can always be written back out (a URL, a header).
/// </summary>
public static partial class InputRules
{
    // \A…\z: in .NET "$" also matches before a final newline, which let "abc\n" through.
    [GeneratedRegex(@"\A[a-z0-9][a-z0-9-]{1,62}\z")]
    private static partial Regex IdPattern();

    public static bool IsId(string? value) => value is not null && IdPattern().IsMatch(value);

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>A date as people type it here, dd/MM/yyyy (also d/M/yyyy and yyyy-MM-dd), at most 20 characters.</summary>
    public static bool TryDate(string? text, out DateOnly date)
    {
        date = default;
        return text is { Length: <= 20 }
               && DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>A lower-case id of 2–63 letters, digits and hyphens (clusters, units, users, definitions…).</summary>
    public static Validation Id(this Validation v, string field, string? id, string label)
    {
        if (string.IsNullOrWhiteSpace(id)) return v.Add(field, $"{label} là bắt buộc.");
        return IsId(id) ? v : v.Add(field, $"{label} '{Shown(id)}' chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (2–63 ký tự).");
    }

    /// <summary>A required text of at most <paramref name="max"/> characters, without control characters.</summary>
    public static Validation Text(this Validation v, string field, string? text, string label, int max = Limits.Name) =>
        string.IsNullOrWhiteSpace(text) ? v.Add(field, $"{label} là bắt buộc.") : v.OptionalText(field, text, label, max);

    /// <summary>An optional text: when present, at most <paramref name="max"/> characters, without control characters (line breaks allowed where asked).</summary>
    public static Validation OptionalText(this Validation v, string field, string? text, string label, int max = Limits.Name, bool lineBreaks = false)
    {
        if (text is null) return v;
        if (text.Length > max) return v.Add(field, $"{label} dài quá {max} ký tự.");
        return text.Any(c => char.IsControl(c) && !(lineBreaks && c is '\n' or '\r' or '\t'))
            ? v.Add(field, $"{label} chứa ký tự điều khiển không được phép.")
            : v;
    }

    /// <summary>
    /// A list of at most <paramref name="max"/> items, none of them missing. Returns whether the items
    /// can be read one by one: a null item is reported at its own path and must not be dereferenced.
    /// </summary>
    public static bool Items<T>(this Validation v, string field, IReadOnlyList<T?>? items, string label, int max = Limits.Items)
    {
        if (items is null) return true;
        if (items.Count > max) { v.Add(field, $"{label} có quá {max} mục."); return false; }
        var complete = true;
        for (var i = 0; i < items.Count; i++)
            if (items[i] is null) { v.Add($"{field}[{i}]", $"Mục số {i + 1} của {label} bị để trống."); complete = false; }
        return complete;
    }

    // An id shown back in a message: cut and without control characters, so the message stays readable.
    private static string Shown(string value) =>
        new(value.Take(64).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
