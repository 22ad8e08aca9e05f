namespace Tdkt.Platform.Hosting;

/// <summary>
/// A secret generated once and kept in a file readable by its owner only (keys, client secrets), so
/// the processes of one machine (the host, the CLI, an in-process web app) agree on it without setup.
/// </summary>
public static class SecretFile
{
    public static string ReadOrCreate(string path, Func<string> generate)
    {
        if (!File.Exists(path)) Create(path, generate());
        return File.ReadAllText(path).Trim();
    }

    private static void Create(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Whoever reads it can sign tokens or act as the client it belongs to.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(path, options);
            writer.Write(content);
        }
        catch (IOException) when (File.Exists(path)) { /* another process created it first: use that one */ }
    }
}
