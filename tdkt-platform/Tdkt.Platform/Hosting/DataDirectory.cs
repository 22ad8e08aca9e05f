using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;

namespace Tdkt.Platform.Hosting;

/// <summary>
/// Where the embedded mode keeps its SQLite files and local signing key. The host and the CLI must agree
/// whatever folder each is started from, so the default does not depend on the current directory alone:
/// Tdkt:DataDirectory when set; else the .data folder at the root of the repository (the folder holding
/// Tdkt.slnx) above the current directory, or above the program itself; else the user's data folder
/// ($XDG_DATA_HOME/tdkt, ~/.local/share/tdkt, %LOCALAPPDATA%\tdkt).
/// </summary>
public static class DataDirectory
{
    public const string RepositoryMarker = "Tdkt.slnx";
    public const string RepositoryFolderName = ".data";

    public static string Resolve(IConfiguration configuration) =>
        Resolve(configuration, Environment.CurrentDirectory, AppContext.BaseDirectory);

    public static string Resolve(IConfiguration configuration, string currentDirectory, string programDirectory)
    {
        if (configuration[ConfigKeys.DataDirectory] is { Length: > 0 } configured)
            return Path.GetFullPath(configured, currentDirectory);
        var root = RepositoryRoot(currentDirectory) ?? RepositoryRoot(programDirectory);
        return root is not null ? Path.Combine(root, RepositoryFolderName) : UserDataDirectory();
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds Tdkt.slnx.</summary>
    public static string? RepositoryRoot(string start) => Roots.GetOrAdd(Path.GetFullPath(start), static path =>
    {
        for (var dir = new DirectoryInfo(path); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, RepositoryMarker))) return dir.FullName;
        return null;
    });

    // Resolved for every database context a scope opens: remember each answer rather than walk the disk again.
    private static readonly ConcurrentDictionary<string, string?> Roots = new();

    // .NET maps LocalApplicationData to $XDG_DATA_HOME (or ~/.local/share) on Linux.
    private static string UserDataDirectory() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "tdkt");
}
