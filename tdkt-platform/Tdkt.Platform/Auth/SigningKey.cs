using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Auth;

/// <summary>
/// The key local tokens are signed with: Tdkt:Auth:SigningKey when configured, otherwise one generated
/// once and kept in the data directory, so the embedded host and `tdkt token` agree without setup.
/// </summary>
public static class SigningKey
{
    public const string Issuer = "tdkt-local";
    public const string DefaultAudience = "tdkt";
    private const string FileName = "signing.key";

    public static SymmetricSecurityKey Resolve(IConfiguration configuration)
    {
        var configured = configuration[ConfigKeys.AuthSigningKey];
        if (!string.IsNullOrWhiteSpace(configured)) return FromText(configured);
        // Separate services must share one key: a key generated per process would make each refuse the others' tokens.
        if (Persistence.DatabaseSetup.IsPostgres(configuration))
            throw new InvalidOperationException(
                $"Set {ConfigKeys.AuthSigningKey} (the same for every service) or {ConfigKeys.AuthAuthority} when the services run on PostgreSQL.");
        var path = Path.Combine(DataDirectory.Resolve(configuration), FileName);
        if (!File.Exists(path)) Create(path);
        return FromText(File.ReadAllText(path).Trim());
    }

    private static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Readable by its owner only: whoever reads it can sign tokens for any role.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(path, options);
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
        }
        catch (IOException) when (File.Exists(path)) { /* another process (the CLI, the host) created it first */ }
    }

    private static SymmetricSecurityKey FromText(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length < 32)
            throw new InvalidOperationException($"{ConfigKeys.AuthSigningKey} must be at least 32 bytes long.");
        return new SymmetricSecurityKey(bytes);
    }
}
