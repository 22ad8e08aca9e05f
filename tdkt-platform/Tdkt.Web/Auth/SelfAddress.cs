using Microsoft.Extensions.Configuration;
using Tdkt.Platform.Hosting;

namespace Tdkt.Web.Auth;

/// <summary>Where this host itself answers, as another process on the machine reaches it (the embedded default).</summary>
public static class SelfAddress
{
    public static Uri From(IConfiguration config)
    {
        var first = (config[ConfigKeys.Urls] ?? "http://127.0.0.1:5000").Split(';', StringSplitOptions.RemoveEmptyEntries)[0];
        // A wildcard binding is reachable on loopback.
        foreach (var any in new[] { "://0.0.0.0", "://+", "://*", "://[::]" })
            first = first.Replace(any, "://127.0.0.1", StringComparison.Ordinal);
        return new Uri(first.TrimEnd('/') + "/");
    }
}
