using FluentAssertions;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Appraisal;
using Tdkt.Contracts;
using Tdkt.Registry;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

[Collection(RealServers.Name)]
public sealed class When_a_message_is_delivered_twice : IAsyncLifetime
{
    private readonly TestCluster _cluster = TestCluster.Create();
    private PostgresDatabase _database = null!;
    private ServiceHost _registry = null!, _appraisal = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        var config = ServiceHost.OnRealServers(_database.ConnectionString);
        _registry = await ServiceHost.StartAsync(config, new RegistryService());
        _appraisal = await ServiceHost.StartAsync(config, new AppraisalService());
    }

    [Fact]
    public async Task Appraisal_stores_one_submission()
    {
        var submitted = Submitted();
        var messageId = NewId.NextGuid();

        await PublishAndWaitAsync(submitted, messageId, messageId);

        await using var scope = _appraisal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppraisalDb>();
        (await db.SelfAssessments.CountAsync(s => s.SubmissionId == submitted.SubmissionId)).Should().Be(1);
        (await db.Inbox.CountAsync(i => i.MessageId == messageId)).Should().Be(1);
    }

    [Fact]
    public async Task The_same_submission_under_another_message_id_is_stored_once_and_both_are_consumed()
    {
        var submitted = Submitted();
        Guid first = NewId.NextGuid(), second = NewId.NextGuid();

        await PublishAndWaitAsync(submitted, first, second);

        await using var scope = _appraisal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppraisalDb>();
        (await db.SelfAssessments.CountAsync(s => s.SubmissionId == submitted.SubmissionId)).Should().Be(1);
        // The second is refused by the submission's key and then recorded as consumed, not retried into the error queue.
        await Eventually.Until(() => db.Inbox.CountAsync(i => i.MessageId == first || i.MessageId == second), n => n == 2, what: "both in the inbox");
    }

    private SelfAssessmentSubmitted Submitted() => new(Guid.NewGuid(), _cluster.Id, _cluster.Year, _cluster.Member,
        1, DateTimeOffset.UtcNow, [new CriterionValue("1.1", 40m, null, null, null, null, null, null, null, null, null, [])], [], 40m, null);

    /// <summary>Publishes the message under each id, from another service, and waits until appraisal was handed both.</summary>
    private async Task PublishAndWaitAsync(SelfAssessmentSubmitted submitted, Guid first, Guid second)
    {
        var counter = ConsumeCounter<SelfAssessmentSubmitted>.On(_appraisal.Services.GetRequiredService<IBus>());
        var bus = _registry.Services.GetRequiredService<IBus>();
        await bus.Publish(submitted, c => c.MessageId = first);
        await bus.Publish(submitted, c => c.MessageId = second);
        await Eventually.Until(() => Task.FromResult(counter.Deliveries.Count), n => n == 2, what: "both deliveries");
    }

    public async Task DisposeAsync()
    {
        await _appraisal.DisposeAsync();
        await _registry.DisposeAsync();
        await _database.DisposeAsync();
    }
}
