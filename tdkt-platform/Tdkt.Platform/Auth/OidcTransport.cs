using Microsoft.Extensions.Configuration;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Auth;

/// <summary>Whether sign-in and its discovery need HTTPS: Tdkt:Auth:RequireHttps when set, else unless on loopback.</summary>
public static class OidcTransport
{
    public static bool RequireHttps(IConfiguration config, string? address)
    {
        if (config.GetValue<bool?>(ConfigKeys.AuthRequireHttps) is { } configured) return configured;
        var addresses = address is not null ? [address] : (config[ConfigKeys.Urls] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
        return addresses.Length == 0 || !addresses.All(IsLoopback);
    }

    public static bool IsLoopback(string address) =>
        Uri.TryCreate(address.Trim().Replace("://*", "://localhost").Replace("://+", "://localhost"), UriKind.Absolute, out var uri)
        && (uri.IsLoopback || uri.Host == "localhost");
}
