using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Intake;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Messaging;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// A service's outbox and inbox on each database it runs on, pruned every 0.3 s: what was published or consumed long ago
/// goes, what is recent or not yet published stays.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_old_messages_are_pruned
{
    private static readonly Dictionary<string, string?> Retention = new()
    {
        [ConfigKeys.MessagePruneIntervalMinutes] = "0.005",
        [ConfigKeys.OutboxRetentionDays] = "7",
        [ConfigKeys.InboxRetentionDays] = "30",
    };

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task Only_rows_published_or_consumed_before_the_retention_go(string provider)
    {
        await using var database = provider == "postgres" ? await PostgresDatabase.CreateAsync() : null;
        await using var embedded = database is null ? await TemporaryEmbeddedHost.StartAsync(Retention, _ => { }, new IntakeService()) : null;
        await using var onServers = database is null ? null : await ServiceHost.StartAsync(OnServers(database), new IntakeService());
        var services = embedded?.Services ?? onServers!.Services;
        var now = DateTimeOffset.UtcNow;
        var kept = await WriteAsync(services, now, sentDaysAgo: [1], unsentDaysAgo: [40], consumedDaysAgo: [29]);
        await WriteAsync(services, now, sentDaysAgo: [8, 365], unsentDaysAgo: [], consumedDaysAgo: [31, 400]);

        await Eventually.Until(() => RemainingAsync(services), r => r.Count == kept.Count, TimeSpan.FromSeconds(30), "the old rows pruned");
        (await RemainingAsync(services)).Should().BeEquivalentTo(kept);
    }

    private static Dictionary<string, string?> OnServers(PostgresDatabase database)
    {
        var config = ServiceHost.OnRealServers(database.ConnectionString);
        foreach (var (key, value) in Retention) config[key] = value;
        return config;
    }

    /// <summary>Rows with the ages given; an unsent row's type is one no process knows, so it stays unpublished.</summary>
    private static async Task<List<string>> WriteAsync(IServiceProvider services, DateTimeOffset now,
        int[] sentDaysAgo, int[] unsentDaysAgo, int[] consumedDaysAgo)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDb>();
        var written = new List<string>();
        foreach (var days in sentDaysAgo.Concat(unsentDaysAgo))
        {
            var row = OutboxMessage.For(new OutboxProbe(Guid.NewGuid()), now.AddDays(-days - 1));
            if (sentDaysAgo.Contains(days)) row.SentAt = now.AddDays(-days);
            else row.MessageType = "Tdkt.Integration.Tests.NoSuchMessage, Tdkt.Integration.Tests";
            db.Outbox.Add(row);
            written.Add($"outbox {row.MessageId}");
        }
        foreach (var days in consumedDaysAgo)
        {
            var row = new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "intake.probe", ProcessedAt = now.AddDays(-days) };
            db.Inbox.Add(row);
            written.Add($"inbox {row.MessageId}");
        }
        await db.SaveChangesAsync();
        return written;
    }

    private static async Task<List<string>> RemainingAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDb>();
        var outbox = await db.Outbox.AsNoTracking().Select(m => m.MessageId).ToListAsync();
        var inbox = await db.Inbox.AsNoTracking().Select(m => m.MessageId).ToListAsync();
        return [.. outbox.Select(id => $"outbox {id}"), .. inbox.Select(id => $"inbox {id}")];
    }
}
