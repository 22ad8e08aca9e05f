using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Intake;
using Tdkt.Platform.Messaging;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// Intake on the real servers with a row no process can read at the head of its outbox (a contract removed while
/// its message waited). It used to stop every message behind it; now only itself.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_a_message_in_the_outbox_cannot_be_read
{
    [Fact]
    public async Task The_messages_behind_it_are_published_in_order_and_it_waits_with_its_error()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var intake = await ServiceHost.StartAsync(ServiceHost.OnRealServers(database.ConnectionString), new IntakeService());
        await using var published = await Published<OrderedProbe>.WatchAsync();
        var cluster = $"cum-{Guid.NewGuid():N}"[..20];
        await using (var scope = intake.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntakeDb>();
            db.PublishViaOutbox(new OutboxProbe(Guid.NewGuid()), TimeProvider.System).MessageType = "Tdkt.Integration.Tests.NoSuchMessage, Tdkt.Integration.Tests";
            for (var n = 1; n <= 5; n++) db.PublishViaOutbox(new OrderedProbe(cluster, 2025, n), TimeProvider.System);
            await db.SaveChangesAsync();
        }

        await Eventually.Until(() => Task.FromResult(published.Messages.Count(m => m.ClusterId == cluster)), n => n == 5, what: "the five messages behind it");

        await using var check = intake.Services.CreateAsyncScope();
        var rows = await check.ServiceProvider.GetRequiredService<IntakeDb>().Outbox.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync();
        rows[0].SentAt.Should().BeNull();
        rows[0].Attempts.Should().BeGreaterThan(0);
        rows[0].LastError.Should().NotBeNullOrWhiteSpace();
        rows.Skip(1).Select(r => r.SentAt!.Value).Should().BeInAscendingOrder("one cluster-year's messages are published one after another, in order");
    }
}

/// <summary>A message of one cluster-year that no service consumes.</summary>
public sealed record OrderedProbe(string ClusterId, int Year, int Number);
