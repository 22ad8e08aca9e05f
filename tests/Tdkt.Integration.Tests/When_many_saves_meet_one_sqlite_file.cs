using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Intake;
using Tdkt.Platform.ClusterYears;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// The embedded host's saves on one SQLite file take turns at a gate; a transaction that holds the file across two
/// saves is not held up by the saves queued behind it.
/// </summary>
public sealed class When_many_saves_meet_one_sqlite_file
{
    [Fact]
    public async Task Every_save_commits_while_a_transaction_holds_the_file_across_two_saves()
    {
        await using var host = await TemporaryEmbeddedHost.StartAsync(new Dictionary<string, string?>(), _ => { }, new IntakeService());
        await using var holder = host.Services.CreateAsyncScope();
        var held = holder.ServiceProvider.GetRequiredService<IntakeDb>();
        await using var tx = await held.Database.BeginTransactionAsync();
        held.ClusterYears.Add(Year("cum-giao-dich-1"));
        await held.SaveChangesAsync();

        // On the thread pool, as requests run: SQLite's calls are synchronous, and one waiting for the file blocks its thread.
        var others = Enumerable.Range(0, 32).Select(i => Task.Run(() => SaveAsync(host.Services, $"cum-song-song-{i}"))).ToList();
        await Task.Delay(200);
        held.ClusterYears.Add(Year("cum-giao-dich-2"));
        await held.SaveChangesAsync();
        await tx.CommitAsync();
        await Task.WhenAll(others).WaitAsync(TimeSpan.FromSeconds(60));

        await using var scope = host.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<IntakeDb>().ClusterYears.CountAsync()).Should().Be(34);
    }

    private static async Task SaveAsync(IServiceProvider services, string clusterId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDb>();
        db.ClusterYears.Add(Year(clusterId));
        await db.SaveChangesAsync();
    }

    private static ClusterYearCopy Year(string clusterId) => new() { ClusterId = clusterId, Year = 2026, ClusterName = clusterId, HeadUnitId = "dv-01" };
}
