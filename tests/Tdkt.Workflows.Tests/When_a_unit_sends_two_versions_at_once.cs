using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Testing;
using Tdkt.Workflows.Completions;
using Tdkt.Workflows.Tests.Support;

namespace Tdkt.Workflows.Tests;

/// <summary>
/// Two versions of one unit's self-assessment in one batch of the workflows' consumer: both applied, then saved once.
/// The step is done when the first was sent, not when the second was.
/// </summary>
[Collection(WorkflowsCollection.Name)]
public sealed class When_a_unit_sends_two_versions_at_once
{
    private const string Cluster = "cum-hai-phien-ban";

    [Fact]
    public async Task The_step_is_done_at_the_first_versions_time()
    {
        var clock = new TestClock(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(7)));
        await using var database = await PostgresDatabase.CreateAsync();
        await using var runtime = await Runtime.StartAsync(database.ConnectionString, clock);
        await runtime.UseDefinitionAsync(Cluster, "kt-hai-phien-ban", TestDefinitions.OneMemberStep("kt-hai-phien-ban"));
        await runtime.OpenYearAsync(Cluster, 2025, members: 1);
        var first = clock.GetUtcNow();

        await using (var scope = runtime.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDb>();
            var completion = scope.ServiceProvider.GetRequiredService<StepCompletion>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await completion.ApplyAsync(db, Version(first), Guid.NewGuid(), CancellationToken.None);
            await completion.ApplyAsync(db, Version(first.AddHours(2)), Guid.NewGuid(), CancellationToken.None);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }

        var completed = await runtime.WithDbAsync(d => d.Obligations
            .Where(o => o.ClusterId == Cluster && o.UnitId == Runtime.UnitId(1)).Select(o => o.CompletedAt).SingleAsync());
        completed.Should().Be(first);
    }

    private static CompletionEvent Version(DateTimeOffset at) =>
        new("SelfAssessmentSubmitted", Cluster, 2025, Runtime.UnitId(1), new Dictionary<string, string>(), at);
}
