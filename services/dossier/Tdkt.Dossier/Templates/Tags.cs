using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tdkt.Dossier.Templates;

/// <summary>
/// The placeholders of a template: <c>{{name}}</c> for a text or a block, and <c>{{#name}}</c> … <c>{{/name}}</c>
/// (or <c>{{^name}}</c> for "when not") around the paragraphs or table rows a list or condition repeats. A section
/// marker stands alone in its paragraph or row, so Word's splitting of text into runs never cuts one in two.
/// </summary>
internal static partial class Tags
{
    [GeneratedRegex(@"\{\{\s*([#^/]?)\s*([^{}\s]*)\s*\}\}")]
    public static partial Regex Tag();

    [GeneratedRegex(@"^\s*\{\{\s*([#^/])\s*([a-z0-9_]+)\s*\}\}\s*$")]
    private static partial Regex LoneSection();

    [GeneratedRegex(@"^\s*\{\{\s*([a-z0-9_]+)\s*\}\}\s*$")]
    private static partial Regex LonePlaceholder();

    public static string TextOf(OpenXmlElement element)
    {
        if (element is Text text) return text.Text;
        var builder = new StringBuilder();
        foreach (var t in element.Descendants<Text>()) builder.Append(t.Text);
        return builder.ToString();
    }

    /// <summary>The section marker a paragraph or table row consists of, if it is one.</summary>
    public static (char Sign, string Name)? Section(OpenXmlElement element)
    {
        if (element is not (Paragraph or TableRow)) return null;
        var text = TextOf(element);
        if (!text.Contains("{{", StringComparison.Ordinal)) return null;
        var match = LoneSection().Match(text);
        return match.Success ? (match.Groups[1].Value[0], match.Groups[2].Value) : null;
    }

    /// <summary>The one placeholder a paragraph consists of, if it does: where a block may go.</summary>
    public static string? Lone(OpenXmlElement element)
    {
        if (element is not Paragraph) return null;
        var match = LonePlaceholder().Match(TextOf(element));
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The index of the marker closing the section opened at <paramref name="open"/>, or -1.</summary>
    public static int Close(IReadOnlyList<OpenXmlElement> siblings, int open)
    {
        var name = Section(siblings[open])!.Value.Name;
        var depth = 0;
        for (var i = open + 1; i < siblings.Count; i++)
        {
            if (Section(siblings[i]) is not { } marker || marker.Name != name) continue;
            if (marker.Sign != '/') depth++;
            else if (depth-- == 0) return i;
        }
        return -1;
    }
}
