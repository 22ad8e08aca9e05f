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
        return FromText(SecretFile.ReadOrCreate(path, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))));
    }

    private static SymmetricSecurityKey FromText(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length < 32)
            throw new InvalidOperationException($"{ConfigKeys.AuthSigningKey} must be at least 32 bytes long.");
        return new SymmetricSecurityKey(bytes);
    }
}
