using System.Globalization;
using System.Text;

namespace Tdkt.Platform.Files;

/// <summary>
/// A user's file name made safe to show and to send back in Content-Disposition: no folders, no
/// control or direction-changing characters, NFC, at most <see cref="MaxLength"/> characters with the
/// extension kept. It is metadata only: stored files are named by their hash.
/// </summary>
public static class DisplayName
{
    public const int MaxLength = 200;

    public static string Of(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
            if (!char.IsControl(c) && !IsInvisibleFormat(c)) kept.Append(c);
        name = kept.ToString().Trim().TrimStart('.');
        var extension = Path.GetExtension(name);
        if (name.Length > MaxLength)
        {
            var keep = extension.Length < 20 ? extension : "";
            var cut = MaxLength - keep.Length;
            if (char.IsHighSurrogate(name[cut - 1])) cut--;
            name = name[..cut].TrimEnd() + keep;
        }
        return name.Length == 0 || name == extension ? "tệp" + extension : name;
    }

    /// <summary>The lower-case extension with its dot, or "" when the name has none.</summary>
    public static string Extension(string displayName) => Path.GetExtension(displayName).ToLowerInvariant();

    // Bidirectional overrides (U+202A–202E, U+2066–2069) can make "gpj.exe" read as "exe.jpg"; zero-width marks hide characters.
    private static bool IsInvisibleFormat(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
