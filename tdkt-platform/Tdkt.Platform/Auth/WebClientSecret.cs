using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Auth;

/// <summary>
/// The web app's client secret at the registry's OpenID Connect server: Tdkt:Web:ClientSecret when configured,
/// otherwise generated once and kept in the data directory, where the embedded web app and registry both read it.
/// </summary>
public static class WebClientSecret
{
    public const string ConfigKey = "Tdkt:Web:ClientSecret";
    private const string FileName = "web-client.secret";

    public static string Resolve(IConfiguration configuration)
    {
        if (configuration[ConfigKey] is { Length: > 0 } configured) return configured;
        var path = Path.Combine(DataDirectory.Resolve(configuration), FileName);
        if (!File.Exists(path)) Create(path);
        return File.ReadAllText(path).Trim();
    }

    private static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(path, options);
            writer.Write(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
        }
        catch (IOException) when (File.Exists(path)) { /* the other part of the host created it first */ }
    }
}
