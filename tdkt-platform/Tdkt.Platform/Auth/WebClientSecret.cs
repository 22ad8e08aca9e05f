using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Auth;

/// <summary>
/// The secret of the web app's OIDC client (tdkt-web): Tdkt:Web:ClientSecret when configured, otherwise
/// one generated once in the data directory, which the registry and an in-process web app both read.
/// </summary>
public static class WebClientSecret
{
    public const string ClientId = "tdkt-web";
    private const string FileName = "web-client.secret";

    public static string Resolve(IConfiguration configuration) =>
        configuration[ConfigKeys.WebClientSecret] is { Length: > 0 } configured
            ? configured
            : SecretFile.ReadOrCreate(Path.Combine(DataDirectory.Resolve(configuration), FileName),
                () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
}
