using System.Globalization;
using System.Text.RegularExpressions;

namespace Tdkt.Web.Admin;

/// <summary>
/// The few top-level lines of a workflow definition's YAML the editor needs (id, version, status), read and
/// rewritten as text so the administrator's comments and layout stay as they wrote them.
/// </summary>
public static partial class DefinitionText
{
    public static string? Id(string yaml) => Top(yaml, "id");

    public static int? Version(string yaml) =>
        int.TryParse(Top(yaml, "version"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static string? Status(string yaml) => Top(yaml, "status");

    /// <summary>The same text as stored, whatever line endings the browser's form sent it with.</summary>
    public static bool SameText(string stored, string posted) =>
        string.Equals(Lines(stored), Lines(posted), StringComparison.Ordinal);

    private static string Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd();

    /// <summary>
    /// The text as the draft of version <paramref name="next"/>: the top-level `version:` and `status:` lines
    /// rewritten (added when missing), so a published version can be the start of a new one.
    /// </summary>
    public static string AsDraft(string yaml, int next)
    {
        var text = Replace(yaml, "version", next.ToString(CultureInfo.InvariantCulture));
        return Replace(text, "status", "draft");
    }

    private static string Replace(string yaml, string key, string value)
    {
        var pattern = TopLine(key);
        if (pattern.IsMatch(yaml)) return pattern.Replace(yaml, m => $"{key}: {value}{m.Groups["comment"].Value}", 1);
        // No such line: put it after the id line, or first.
        var id = TopLine("id").Match(yaml);
        return id.Success
            ? yaml.Insert(id.Index + id.Length, $"\n{key}: {value}")
            : $"{key}: {value}\n{yaml}";
    }

    private static string? Top(string yaml, string key) =>
        TopLine(key).Match(yaml) is { Success: true } m ? m.Groups["value"].Value.Trim().Trim('"', '\'') : null;

    // A key at column 0 (top level), its value up to an end-of-line comment.
    private static Regex TopLine(string key) =>
        new($"^{Regex.Escape(key)}:[ \\t]*(?<value>[^#\\r\\n]*?)(?<comment>[ \\t]+#[^\\r\\n]*)?(?=\\r?$)", RegexOptions.Multiline);
}
