using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Tdkt.Dossier.Versions;

/// <summary>
/// PDF copies of the four written documents, for readers without a word processor, when the server has LibreOffice
/// (Tdkt:Dossier:OfficePath). Each PDF goes into the package right after its .docx, with the same base name and the
/// kind "{kind}-pdf"; the units' achievement reports stay as they were sent. A conversion that fails or overruns
/// costs only its PDFs, never the draft.
/// </summary>
public sealed class PdfCopies(PdfCopies.Settings settings, ILogger<PdfCopies> log)
{
    /// <param name="OfficePath">LibreOffice's soffice; null or empty: no PDFs.</param>
    /// <param name="Timeout">How long one conversion of all four documents may take before it is killed.</param>
    public sealed record Settings(string? OfficePath, TimeSpan Timeout)
    {
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);
    }

    public const string KindSuffix = "-pdf";
    private static readonly HashSet<string> WrittenKinds = ["proposal-letter", "minutes", "score-table", "vote-count"];

    /// <summary>The parts with a PDF after each written .docx that converted; the parts unchanged without LibreOffice.</summary>
    public async Task<IReadOnlyList<PackagePart>> BesideDocumentsAsync(IReadOnlyList<PackagePart> parts, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(settings.OfficePath)) return parts;
        var documents = parts.Where(p => WrittenKinds.Contains(p.Kind) && p.Name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)).ToList();
        if (documents.Count == 0) return parts;
        var pdfs = await ConvertAsync(settings.OfficePath, documents, ct);
        var withPdfs = new List<PackagePart>(parts.Count + pdfs.Count);
        foreach (var part in parts)
        {
            withPdfs.Add(part);
            if (pdfs.TryGetValue(part.Name, out var pdf)) withPdfs.Add(new(Path.ChangeExtension(part.Name, ".pdf"), part.Kind + KindSuffix, pdf, part.UnitId));
        }
        return withPdfs;
    }

    /// <summary>One soffice run for all the documents, in a folder of its own with a LibreOffice profile of its own.</summary>
    private async Task<Dictionary<string, byte[]>> ConvertAsync(string soffice, List<PackagePart> documents, CancellationToken ct)
    {
        var pdfs = new Dictionary<string, byte[]>();
        var work = Directory.CreateTempSubdirectory("tdkt-pdf-");
        try
        {
            var outdir = Path.Combine(work.FullName, "pdf");
            var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            // A shared profile makes a second soffice hand its job to the first one, or fail on the profile's lock.
            foreach (var argument in (string[])["--headless", "--norestore", "--nologo", "--nolockcheck",
                         $"-env:UserInstallation={new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri}", "--convert-to", "pdf", "--outdir", outdir])
                start.ArgumentList.Add(argument);
            foreach (var document in documents)
            {
                var file = Path.Combine(work.FullName, Path.GetFileName(document.Name));
                await File.WriteAllBytesAsync(file, document.Content, ct);
                start.ArgumentList.Add(file);
            }
            if (await RunAsync(start, ct) is { } failure)
            {
                log.LogWarning("The dossier's PDF copies were not made: {Failure}", failure);
                return pdfs;
            }
            foreach (var document in documents)
            {
                var pdf = new FileInfo(Path.Combine(outdir, Path.ChangeExtension(Path.GetFileName(document.Name), ".pdf")));
                if (pdf.Exists && pdf.Length > 0) pdfs[document.Name] = await File.ReadAllBytesAsync(pdf.FullName, ct);
                else log.LogWarning("LibreOffice made no PDF of {Document}; the package goes without it", document.Name);
            }
            return pdfs;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(e, "The dossier's PDF copies were not made");
            return [];
        }
        finally
        {
            try { work.Delete(recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { log.LogWarning(e, "{Folder} was not removed", work.FullName); }
        }
    }

    /// <summary>Null when soffice finished well; else why not. Past the timeout, soffice and its children are killed.</summary>
    private async Task<string?> RunAsync(ProcessStartInfo start, CancellationToken ct)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        // Drained, so a full pipe never stalls soffice; what it says on stderr explains a failure.
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(settings.Timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            // soffice is a launcher: the converting soffice.bin is its child and would live on.
            try { process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { /* it exited in the meantime */ }
            ct.ThrowIfCancellationRequested();
            return $"{start.FileName} did not finish in {settings.Timeout.TotalSeconds:0} s and was stopped";
        }
        if (process.ExitCode == 0) return null;
        string said;
        try { said = (await error.WaitAsync(TimeSpan.FromSeconds(5), ct)).Trim(); }
        catch (TimeoutException) { said = ""; }
        return $"{start.FileName} exited with {process.ExitCode}: {said}";
    }
}
