using DocumentFormat.OpenXml.Wordprocessing;

namespace Tdkt.Dossier.Documents;

/// <summary>How a run of text looks: bold, italic, and its size in points (0 keeps the document's 14 pt).</summary>
internal readonly record struct Look(bool Bold = false, bool Italic = false, int Size = 0)
{
    public static readonly Look Plain = new();
    public static readonly Look Strong = new(Bold: true);
    public static readonly Look Slanted = new(Italic: true);
}

/// <summary>
/// How a paragraph sits: alignment, space before and after and indents in twips (1 mm ≈ 57), kept with the next.
/// </summary>
internal sealed record Layout(JustificationValues? Align = null, int Before = 0, int After = 0, int FirstLine = 0, bool KeepNext = false)
{
    public static readonly Layout Left = new();
    public static readonly Layout Center = new(JustificationValues.Center);
    /// <summary>Decree 30's body text: justified, a 1 cm first-line indent, 6 pt before.</summary>
    public static readonly Layout Body = new(JustificationValues.Both, Before: 120, FirstLine: 567);
    public static readonly Layout Heading = new(JustificationValues.Both, Before: 120, FirstLine: 567, KeepNext: true);
}
