using Microsoft.Extensions.Logging;
using Tdkt.Platform.Files;

namespace Tdkt.Dossier.Templates;

/// <summary>Which template a cluster's document is written from: its own when an administrator uploaded one.</summary>
public static class ClusterTemplates
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The content of a cluster's own template, or null for the default (none uploaded).</summary>
    /// <param name="log">Told when the stored file is gone: the document is then written from the default rather than not at all.</param>
    public static async Task<byte[]?> ContentAsync(FileStore files, ClusterTemplate? own, ILogger? log, CancellationToken ct)
    {
        if (own is null) return null;
        var content = await files.ReadAllBytesAsync(own.Sha256, ct);
        if (content is null)
            log?.LogError("The {Kind} template {Sha256} of {ClusterId} is missing from the file store; the default is used", own.Kind, own.Sha256, own.ClusterId);
        return content;
    }
}
