using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;
using Tdkt.Platform.Hosting;

namespace Tdkt.Registry.Oidc;

/// <summary>
/// The OIDC server's keys: from configuration (PEM for signing, base64 for encryption) when the registry
/// runs on its own, or generated once and kept in the data directory, readable by its owner only.
/// </summary>
public static class OidcKeys
{
    public static RsaSecurityKey Signing(IConfiguration config)
    {
        var pem = config[ConfigKeys.AuthOidcSigningKey] is { Length: > 0 } configured
            ? configured
            : SecretFile.ReadOrCreate(Path.Combine(DataDirectory.Resolve(config), "oidc-signing.pem"),
                () => { using var rsa = RSA.Create(2048); return rsa.ExportPkcs8PrivateKeyPem(); });
        var key = RSA.Create();
        key.ImportFromPem(pem);
        // A stable key id across restarts, so services holding the published key set keep matching it.
        var id = Base64UrlEncoder.Encode(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
        return new RsaSecurityKey(key) { KeyId = id };
    }

    public static SymmetricSecurityKey Encryption(IConfiguration config)
    {
        var text = config[ConfigKeys.AuthOidcEncryptionKey] is { Length: > 0 } configured
            ? configured
            : SecretFile.ReadOrCreate(Path.Combine(DataDirectory.Resolve(config), "oidc-encryption.key"),
                () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var bytes = Convert.FromBase64String(text);
        if (bytes.Length != 32) throw new InvalidOperationException($"{ConfigKeys.AuthOidcEncryptionKey} must be 32 bytes, base64-encoded.");
        return new SymmetricSecurityKey(bytes);
    }
}
