using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Files;

/// <summary>How large one uploaded file may be.</summary>
public sealed record FileLimits(long MaxBytes)
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;
}

public static class FileStoreSetup
{
    public const string DefaultFolderName = "files";

    /// <summary>
    /// The file store at Tdkt:Files:Path (a mounted volume in k8s and compose), by default the "files"
    /// folder of the data directory; and the per-file limit Tdkt:Files:MaxBytes (20 MB). Every service
    /// that stores or reads files calls this; in one process they share one store.
    /// </summary>
    public static IServiceCollection AddTdktFileStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(new FileStore(StorePath(configuration)));
        services.TryAddSingleton(new FileLimits(MaxBytes(configuration)));
        return services;
    }

    public static string StorePath(IConfiguration configuration) =>
        configuration[ConfigKeys.FilesPath] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(DataDirectory.Resolve(configuration), DefaultFolderName);

    public static long MaxBytes(IConfiguration configuration)
    {
        var value = configuration[ConfigKeys.FilesMaxBytes];
        if (string.IsNullOrWhiteSpace(value)) return FileLimits.DefaultMaxBytes;
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0
            ? bytes
            : throw new InvalidOperationException($"{ConfigKeys.FilesMaxBytes} must be a positive number of bytes, not '{value}'.");
    }
}
