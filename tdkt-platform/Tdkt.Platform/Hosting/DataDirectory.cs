using Microsoft.Extensions.Configuration;

namespace Tdkt.Platform.Hosting;

public static class DataDirectory
{
    /// <summary>Where the embedded mode keeps its SQLite files and local signing key (default ./.data).</summary>
    public static string Resolve(IConfiguration configuration) =>
        Path.GetFullPath(configuration[ConfigKeys.DataDirectory] is { Length: > 0 } dir ? dir : ".data");
}
