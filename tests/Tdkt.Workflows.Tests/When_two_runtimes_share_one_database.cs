using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Testing;
using Tdkt.Workflows.Reminders;
using Tdkt.Workflows.Tests.Support;

namespace Tdkt.Workflows.Tests;

[Collection(WorkflowsCollection.Name)]
public sealed class When_two_runtimes_share_one_database : IAsyncLifetime
{
    private const string Cluster = "cum-hai-ban-sao";
    private const int Units = 1000;
    private readonly TestClock _clock = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)));
    private PostgresDatabase _db = null!;
    private Runtime _first = null!;
    private Runtime _second = null!;

    public async Task InitializeAsync()
    {
        _db = await PostgresDatabase.CreateAsync();
        var small = new Dictionary<string, string?> { [Platform.Hosting.ConfigKeys.WorkflowTimerBatchSize] = "25" };
        _first = await Runtime.StartAsync(_db.ConnectionString, _clock, small);
        await _first.UseDefinitionAsync(Cluster, "kt-hai-ban-sao", TestDefinitions.OneMemberStep("kt-hai-ban-sao"));
        await _first.OpenYearAsync(Cluster, 2025, Units);
        _second = await Runtime.StartAsync(_db.ConnectionString, _clock, small);
    }

    [Fact]
    public async Task Each_of_1000_due_reminders_fires_exactly_once()
    {
        _clock.SetLocal(2025, 3, 5, 8, 0);
        await Eventually.Until(() => _first.WithDbAsync(db => db.Timers.CountAsync(t => t.FireAt <= _clock.GetUtcNow() && t.FiredAt == null)),
            n => n == 0, TimeSpan.FromSeconds(120), "every due timer fired");

        var perUnit = await _first.WithDbAsync(db => db.Notices.Where(n => n.Kind == NoticeKind.Reminder)
            .GroupBy(n => n.Recipient).Select(g => g.Count()).ToListAsync());
        perUnit.Should().HaveCount(Units).And.OnlyContain(count => count == 1);
        var messages = await _first.WithDbAsync(db => db.Outbox.CountAsync(m => m.MessageType.StartsWith(typeof(DeadlineReminderDue).FullName!)));
        messages.Should().Be(Units);
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
        await _db.DisposeAsync();
    }
}
