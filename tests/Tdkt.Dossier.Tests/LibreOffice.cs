using System.Diagnostics;
using Tdkt.Dossier.Documents;

namespace Tdkt.Dossier.Tests;

[CollectionDefinition(Name)]
public sealed class RenderedByLibreOffice : ICollectionFixture<LibreOffice>
{
    public const string Name = "Rendered by LibreOffice";
}

/// <summary>A document as LibreOffice printed it: the PDF's text laid out as on the page (pages split by form feeds), its page count.</summary>
public sealed record RenderedDocument(string Name, string Text, int Pages)
{
    public IReadOnlyList<string> PageTexts => Text.Split('\f');

    public IEnumerable<string> Lines => Text.Split('\n', '\f').Select(l => l.Trim()).Where(l => l.Length > 0);

    /// <summary>The text with every run of spaces and line breaks made one space, for phrases a line may break.</summary>
    public string Flat => string.Join(' ', Text.Split((char[])[' ', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// Once per test run: writes the Điện Biên dossier's four documents and two 30-unit ones, converts them to PDF with
/// one headless LibreOffice (TDKT_TEST_SOFFICE, which the rig installs), reads them back with poppler-utils and
/// saves page 1 of each as a PNG (and the PDF) under tests/artifacts/dossier, named in the README.
/// </summary>
public sealed class LibreOffice : IAsyncLifetime
{
    public static readonly string Artifacts = Path.Combine(RepositoryRoot(), "tests", "artifacts", "dossier");
    private static readonly string Soffice = Environment.GetEnvironmentVariable("TDKT_TEST_SOFFICE") is { Length: > 0 } path ? path : "/usr/bin/soffice";
    private readonly Dictionary<string, RenderedDocument> rendered = [];
    private DirectoryInfo? work;

    public RenderedDocument this[string name] => rendered[name];

    public async Task InitializeAsync()
    {
        work = Directory.CreateTempSubdirectory("tdkt-dossier-");
        var documents = Docx.Kinds.ToDictionary(k => k.Key, k => k.Value(DienBienDossier.Input()));
        documents["bang-tong-hop-diem-30-don-vi"] = DossierDocuments.ScoreTable(GeneratedCluster.Input(30));
        documents["bien-ban-30-don-vi"] = DossierDocuments.Minutes(GeneratedCluster.Input(30));
        foreach (var (name, bytes) in documents) await File.WriteAllBytesAsync(Path.Combine(work.FullName, name + ".docx"), bytes);

        var pdfs = Path.Combine(work.FullName, "pdf");
        // A private profile: a LibreOffice already running for the same user would otherwise take the job and hang.
        await RunAsync(Soffice, ["--headless", "--norestore", $"-env:UserInstallation=file://{work.FullName}/profile",
            "--convert-to", "pdf", "--outdir", pdfs, .. documents.Keys.Select(n => Path.Combine(work.FullName, n + ".docx"))]);

        Directory.CreateDirectory(Artifacts);
        foreach (var name in documents.Keys)
        {
            var pdf = Path.Combine(pdfs, name + ".pdf");
            var text = await RunAsync("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"]);
            var info = await RunAsync("pdfinfo", [pdf]);
            var pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:"))["Pages:".Length..].Trim());
            await RunAsync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, Path.Combine(Artifacts, name)]);
            File.Copy(pdf, Path.Combine(Artifacts, name + ".pdf"), overwrite: true);
            rendered[name] = new RenderedDocument(name, text.Normalize(), pages);
        }
    }

    public Task DisposeAsync()
    {
        work?.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private static async Task<string> RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try { await process.WaitForExitAsync(limit.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in 5 minutes");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await error}");
        return await output;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Tdkt.slnx"))) return dir.FullName;
        return Path.GetTempPath();
    }
}
