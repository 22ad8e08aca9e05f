using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tdkt.Platform.Hosting;

namespace Tdkt.Registry.Frameworks;

/// <summary>
/// With Tdkt:SeedDemoData, a registry without frameworks gets the shipped ones (../frameworks/*.yaml) as
/// version 1. Registered before the demo data seeder, whose years name their framework and open with it.
/// A registry seeded before frameworks existed has its demo years open without one: they get theirs here,
/// announced as a first assignment.
/// </summary>
internal sealed class FrameworkDemoSeeder(IServiceScopeFactory scopes, IConfiguration config, TimeProvider time,
    ILogger<FrameworkDemoSeeder> log) : IHostedService
{
    private static readonly (string ClusterId, int Year, string FrameworkId)[] DemoYears =
    [
        ("dien-bien-vung-cao", 2022, "db-huyen-vung-cao"),
        ("bac-kan-huyen-thanh-pho", 2019, "bk-cum-huyen"),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!config.GetValue<bool>(ConfigKeys.SeedDemoData)) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDb>();
        if (await db.FrameworkVersions.AnyAsync(cancellationToken)) return;
        foreach (var (name, yaml) in ShippedFrameworks.Files())
        {
            var (framework, errors) = FrameworkYaml.Load(yaml);
            if (framework is null)
                throw new InvalidOperationException($"Shipped framework {name} is invalid: {errors.ToProblem().ProblemDetails.Errors.First().Value[0]}");
            await db.AddNextVersionAsync(framework, yaml, time, cancellationToken);
        }
        foreach (var (clusterId, year, frameworkId) in DemoYears)
        {
            if (await db.Years.FindAsync([clusterId, year], cancellationToken) is not { FrameworkId: null } entity) continue;
            db.Assign(entity, (await db.FindVersionAsync(frameworkId, 1, cancellationToken))!, time);
        }
        await db.SaveChangesAsync(cancellationToken);
        log.LogInformation("Loaded the shipped scoring frameworks");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The framework files shipped inside the assembly (resources named "framework:{file}", see the project file).</summary>
public static class ShippedFrameworks
{
    private const string Prefix = "framework:";

    public static IEnumerable<(string Name, string Yaml)> Files()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (name[Prefix.Length..], reader.ReadToEnd());
        }
    }
}
