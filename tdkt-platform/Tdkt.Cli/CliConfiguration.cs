using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Tdkt.Platform.Persistence;

namespace Tdkt.Cli;

/// <summary>The CLI reads the same keys as the services (environment variables, e.g. Tdkt__Database__Provider).</summary>
public static class CliConfiguration
{
    public static IConfiguration Load() => new ConfigurationBuilder().AddEnvironmentVariables().Build();

    public static TDb Open<TDb>(IConfiguration config, string schema) where TDb : DbContext
    {
        var options = new DbContextOptionsBuilder<TDb>();
        options.UseTdktProvider(config, schema);
        return (TDb)Activator.CreateInstance(typeof(TDb), options.Options)!;
    }
}
