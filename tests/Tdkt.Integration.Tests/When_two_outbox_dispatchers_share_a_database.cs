using FluentAssertions;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Appraisal;
using Tdkt.Contracts;
using Tdkt.Intake;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Messaging;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

[Collection(RealServers.Name)]
public sealed class When_two_outbox_dispatchers_share_a_database : IAsyncLifetime
{
    private const int Messages = 500;
    private PostgresDatabase _database = null!;
    private ServiceHost _replicaA = null!, _replicaB = null!, _appraisal = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        var config = ServiceHost.OnRealServers(_database.ConnectionString);
        // Small batches so that both replicas claim rows while the other holds some.
        config[ConfigKeys.OutboxBatchSize] = "10";
        _appraisal = await ServiceHost.StartAsync(ServiceHost.OnRealServers(_database.ConnectionString), new AppraisalService());
        _replicaA = await ServiceHost.StartAsync(config, new IntakeService());
        _replicaB = await ServiceHost.StartAsync(config, new IntakeService());
    }

    [Fact]
    public async Task Every_message_is_published_exactly_once()
    {
        var counter = ConsumeCounter<SelfAssessmentSubmitted>.On(_appraisal.Services.GetRequiredService<IBus>());
        var written = await WriteOutboxRows();

        await Eventually.Until(() => Task.FromResult(counter.Deliveries.Count), n => n >= Messages, TimeSpan.FromSeconds(60), "every message");
        await Task.Delay(TimeSpan.FromSeconds(1)); // room for a duplicate to show up, were there one

        counter.Deliveries.Should().HaveCount(Messages).And.OnlyHaveUniqueItems().And.BeEquivalentTo(written);
        await using var scope = _replicaA.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<IntakeDb>().Outbox.CountAsync(m => m.SentAt == null)).Should().Be(0);
    }

    private async Task<List<Guid>> WriteOutboxRows()
    {
        await using var scope = _replicaA.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDb>();
        var rows = Enumerable.Range(0, Messages).Select(i => db.PublishViaOutbox(
            new SelfAssessmentSubmitted(Guid.NewGuid(), "cum-dispatch", 2025, $"don-vi-{i}", 1, DateTimeOffset.UtcNow, [], [], 0, null),
            TimeProvider.System)).ToList();
        await db.SaveChangesAsync();
        return rows.Select(r => r.MessageId).ToList();
    }

    public async Task DisposeAsync()
    {
        await _replicaB.DisposeAsync();
        await _replicaA.DisposeAsync();
        await _appraisal.DisposeAsync();
        await _database.DisposeAsync();
    }
}
