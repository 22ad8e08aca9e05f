namespace Tdkt.Platform.Files;

/// <summary>A type of file the platform accepts: what its content starts with decides it, its name must agree.</summary>
public sealed record FileType(string Label, string ContentType, IReadOnlyList<string> Extensions)
{
    public static readonly FileType Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly FileType Png = new("PNG", "image/png", [".png"]);
    public static readonly FileType Jpeg = new("JPEG", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly FileType Docx = new("Word (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly FileType Xlsx = new("Excel (.xlsx)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);

    public static IReadOnlyList<FileType> All { get; } = [Docx, Pdf, Xlsx, Jpeg, Png];

    /// <summary>The extensions accepted, for messages: ".docx, .pdf, .xlsx, .jpg, .jpeg, .png".</summary>
    public static string AllowedExtensions { get; } = string.Join(", ", All.SelectMany(t => t.Extensions));

    public static FileType? ForExtension(string extension) =>
        All.FirstOrDefault(t => t.Extensions.Contains(extension.ToLowerInvariant()));
}
