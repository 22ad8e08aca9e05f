namespace Tdkt.Dossier.Templates;

/// <summary>A cluster's own template for one document, kept in the file store under its SHA-256; none means the default.</summary>
public sealed class ClusterTemplate
{
    public required string ClusterId { get; init; }
    public required string Kind { get; init; }
    public required string Sha256 { get; set; }
    public required string FileName { get; set; }
    public long Size { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
}
