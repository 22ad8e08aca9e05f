using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Intake;
using Tdkt.Platform.ClusterYears;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// Intake on SQLite and on PostgreSQL in one process, as the tests and a composing host hold them: the cluster-year
/// lookup is a compiled query, which EF Core ties to one model, and each database must still answer with its own row.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_one_process_reads_two_databases_of_a_service
{
    [Fact]
    public async Task Each_answers_the_compiled_lookup_with_its_own_cluster_year()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var embedded = await TemporaryEmbeddedHost.StartAsync(new Dictionary<string, string?>(), _ => { }, new IntakeService());
        await using var onServers = await ServiceHost.StartAsync(ServiceHost.OnRealServers(database.ConnectionString), new IntakeService());
        await OpenAsync(embedded.Services, "Cụm trên SQLite");
        await OpenAsync(onServers.Services, "Cụm trên PostgreSQL");

        foreach (var _ in Enumerable.Range(0, 2))
        {
            (await ReadNameAsync(embedded.Services)).Should().Be("Cụm trên SQLite");
            (await ReadNameAsync(onServers.Services)).Should().Be("Cụm trên PostgreSQL");
        }
    }

    private static async Task OpenAsync(IServiceProvider services, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDb>();
        db.ClusterYears.Add(new ClusterYearCopy { ClusterId = "cum-hai-csdl", Year = 2026, ClusterName = name, HeadUnitId = "dv-01" });
        await db.SaveChangesAsync();
    }

    private static async Task<string?> ReadNameAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IntakeDb>().ReadYearAsync("cum-hai-csdl", 2026))?.ClusterName;
    }
}
