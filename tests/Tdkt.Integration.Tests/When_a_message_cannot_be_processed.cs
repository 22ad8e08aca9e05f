using FluentAssertions;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Appraisal;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

[Collection(RealServers.Name)]
public sealed class When_a_message_cannot_be_processed : IAsyncLifetime
{
    private PostgresDatabase _database = null!;
    private ServiceHost _appraisal = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _appraisal = await ServiceHost.StartAsync(ServiceHost.OnRealServers(_database.ConnectionString), new AppraisalService());
    }

    [Fact]
    public async Task It_is_retried_then_parked_in_the_error_queue_with_the_exception()
    {
        var parked = new TaskCompletionSource<(Guid? Id, string? Exception)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var watcher = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(RabbitMqAddress.Parse(TestServers.RabbitMq, out var user, out var password), h => { h.Username(user); h.Password(password); });
            cfg.ReceiveEndpoint("appraisal-self-assessment-submitted_error", e =>
            {
                // Read only what lands in the error queue, not fresh publications.
                e.ConfigureConsumeTopology = false;
                e.Handler<SelfAssessmentSubmitted>(ctx =>
                {
                    parked.TrySetResult((ctx.MessageId, ctx.ReceiveContext.TransportHeaders.Get<string>("MT-Fault-ExceptionType")));
                    return Task.CompletedTask;
                });
            });
        });
        await watcher.StartAsync();
        try
        {
            var poison = new SelfAssessmentSubmitted(Guid.NewGuid(), "cum-loi", 2025, "don-vi", 1, DateTimeOffset.UtcNow, null!, null!, 0, null);
            var messageId = NewId.NextGuid();
            await _appraisal.Services.GetRequiredService<IBus>().Publish(poison, c => c.MessageId = messageId);

            var (id, exception) = await parked.Task.WaitAsync(TimeSpan.FromSeconds(60));

            id.Should().Be(messageId);
            exception.Should().EndWith("Exception", "the reason travels with the parked message");
            await using var scope = _appraisal.Services.CreateAsyncScope();
            (await scope.ServiceProvider.GetRequiredService<AppraisalDb>().SelfAssessments.CountAsync()).Should().Be(0);
        }
        finally
        {
            await watcher.StopAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await _appraisal.DisposeAsync();
        await _database.DisposeAsync();
    }
}
