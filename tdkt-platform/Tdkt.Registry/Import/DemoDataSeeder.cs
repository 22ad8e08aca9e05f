using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tdkt.Platform.Hosting;

namespace Tdkt.Registry.Import;

/// <summary>
/// With Tdkt:SeedDemoData, an empty registry is loaded with the shipped clusters on first start, so a
/// newcomer can try the platform at once. Runs after the schema migration (registered after it).
/// </summary>
internal sealed class DemoDataSeeder(IServiceScopeFactory scopes, IConfiguration config, TimeProvider time,
    ILogger<DemoDataSeeder> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!config.GetValue<bool>(ConfigKeys.SeedDemoData)) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDb>();
        if (await db.Clusters.AnyAsync(cancellationToken)) return;
        foreach (var (name, yaml) in ShippedData.Files())
        {
            var (document, errors) = RegistryImporter.Parse(yaml);
            var (summary, problems) = document is null ? (null, errors) : await db.ImportAsync(document, time, cancellationToken);
            if (summary is null) throw new InvalidOperationException($"Shipped data {name} is invalid: {problems.ToProblem().ProblemDetails.Errors.First().Value[0]}");
            log.LogInformation("Loaded demo data {File}: {Summary}", name, summary);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The registry files shipped inside the assembly (Data/*.yaml).</summary>
public static class ShippedData
{
    public static IEnumerable<(string Name, string Yaml)> Files()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".yaml")).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (name, reader.ReadToEnd());
        }
    }
}
