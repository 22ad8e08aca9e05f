using Microsoft.Extensions.Logging;
using Tdkt.Dossier.Versions;

namespace Tdkt.Dossier.Tests;

/// <summary>
/// A shell script standing in for soffice, so PdfCopies' handling of the process (arguments, failure, overrun) is
/// checked without LibreOffice; the real conversion is the integration test's. Removed with its folder.
/// </summary>
public sealed class StandInOffice : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("tdkt-stand-in-office-");

    public StandInOffice(string script)
    {
        Path = System.IO.Path.Combine(_folder.FullName, "soffice");
        File.WriteAllText(Path, "#!/bin/bash\n" + script.Replace("{folder}", _folder.FullName));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>"Converts" each .docx by copying it to the --outdir as .pdf, and notes its profile in profiles.txt.</summary>
    public const string Copying = """
        while [ $# -gt 0 ]; do
          case "$1" in
            -env:UserInstallation=*) echo "${1#-env:UserInstallation=}" >> "{folder}/profiles.txt" ;;
            --outdir) shift; out="$1"; mkdir -p "$out" ;;
            *.docx) cp "$1" "$out/$(basename "${1%.docx}").pdf" ;;
          esac
          shift
        done
        """;

    public string Path { get; }

    public string Folder => _folder.FullName;

    public PdfCopies Copies(WarningLog log, TimeSpan? timeout = null) =>
        new(new PdfCopies.Settings(Path, timeout ?? PdfCopies.Settings.DefaultTimeout), log);

    public void Dispose() => _folder.Delete(recursive: true);
}

/// <summary>The warnings PdfCopies logged.</summary>
public sealed class WarningLog : ILogger<PdfCopies>
{
    public List<string> Warnings { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel == LogLevel.Warning) lock (Warnings) Warnings.Add(formatter(state, exception));
    }
}
