using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tdkt.Platform.Files;

namespace Tdkt.Dossier.Templates;

/// <summary>Which template a cluster's document is written from: its own when an administrator uploaded one.</summary>
public static class ClusterTemplates
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The cluster's own template of this kind, or null for the default.</summary>
    /// <param name="log">Told when the stored file is gone: the document is then written from the default rather than not at all.</param>
    public static async Task<byte[]?> ReadAsync(DossierDb db, FileStore files, string clusterId, TemplateKind kind, ILogger? log, CancellationToken ct)
    {
        var own = await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.ClusterId == clusterId && t.Kind == kind.Id, ct);
        if (own is null) return null;
        await using var stream = files.OpenRead(own.Sha256);
        if (stream is null)
        {
            log?.LogError("The {Kind} template {Sha256} of {ClusterId} is missing from the file store; the default is used", kind.Id, own.Sha256, clusterId);
            return null;
        }
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, ct);
        return memory.ToArray();
    }
}
