using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Appraisal;
using Tdkt.Appraisal.Appraisals;
using Tdkt.Intake;
using Tdkt.Platform.ClusterYears;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// The embedded host's saves on one SQLite file take turns at a gate; a transaction that holds the file across two
/// saves is not held up by the saves queued behind it, and a refused save gives its turn back.
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

    [Fact]
    public async Task A_save_refused_on_a_concurrency_token_does_not_hold_up_the_next()
    {
        await using var host = await TemporaryEmbeddedHost.StartAsync(new Dictionary<string, string?>(), _ => { }, new AppraisalService());
        await using (var first = host.Services.CreateAsyncScope())
        {
            var db = first.ServiceProvider.GetRequiredService<AppraisalDb>();
            db.AppraisedValues.Add(Value(revision: 1));
            await db.SaveChangesAsync();
        }
        await using var stale = host.Services.CreateAsyncScope();
        var staleDb = stale.ServiceProvider.GetRequiredService<AppraisalDb>();
        var read = await staleDb.AppraisedValues.SingleAsync();
        await using (var other = host.Services.CreateAsyncScope())
        {
            var db = other.ServiceProvider.GetRequiredService<AppraisalDb>();
            (await db.AppraisedValues.SingleAsync()).Revision = 2;
            await db.SaveChangesAsync();
        }
        read.Revision = 2;
        await staleDb.Invoking(d => d.SaveChangesAsync()).Should().ThrowAsync<DbUpdateConcurrencyException>();

        // The gate's limit is 30 s: a turn the refused save kept would hold this one that long.
        await using var next = host.Services.CreateAsyncScope();
        var nextDb = next.ServiceProvider.GetRequiredService<AppraisalDb>();
        nextDb.AppraisedValues.Add(Value(revision: 1, criterion: "tc-2"));
        await nextDb.SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(15));
        (await nextDb.AppraisedValues.CountAsync()).Should().Be(2);
    }

    private static AppraisedValue Value(int revision, string criterion = "tc-1") => new()
    {
        ClusterId = "cum-1", Year = 2026, UnitId = "dv-01", Section = "criteria", CriterionId = criterion,
        Comment = "", By = "head", Revision = revision,
    };

    private static async Task SaveAsync(IServiceProvider services, string clusterId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDb>();
        db.ClusterYears.Add(Year(clusterId));
        await db.SaveChangesAsync();
    }

    private static ClusterYearCopy Year(string clusterId) => new() { ClusterId = clusterId, Year = 2026, ClusterName = clusterId, HeadUnitId = "dv-01" };
}
