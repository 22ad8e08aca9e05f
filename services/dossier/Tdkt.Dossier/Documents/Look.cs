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
/// A layout with a <see cref="Style"/> is a named paragraph style of the document, and a paragraph writes only
/// where it differs from it: an administrator editing a template finds "Nội dung văn bản" and "Đề mục" in Word.
/// </summary>
internal sealed record Layout(JustificationValues? Align = null, int Before = 0, int After = 0, int FirstLine = 0, bool KeepNext = false)
{
    public string? Style { get; init; }

    public static readonly Layout Left = new();
    public static readonly Layout Center = new(JustificationValues.Center);
    /// <summary>Decree 30's body text: justified, a 1 cm first-line indent, 6 pt before.</summary>
    public static readonly Layout Body = new(JustificationValues.Both, Before: 120, FirstLine: 567) { Style = "VanBan" };
    public static readonly Layout Heading = Body with { KeepNext = true, Style = "DeMuc" };

    /// <summary>The named style a layout starts from, as <see cref="Decree30Page"/> defines it.</summary>
    public Layout? Base => Style switch { "VanBan" => Body, "DeMuc" => Heading, _ => null };
}
