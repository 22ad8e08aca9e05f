using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tdkt.Intake;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Telemetry;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>Intake on the real servers, its outbox measured as a metrics collector would read it.</summary>
[Collection(RealServers.Name)]
public sealed class When_an_operator_watches_the_outbox : IAsyncLifetime
{
    private readonly ShiftedClock _clock = new();
    private PostgresDatabase _database = null!;
    private ServiceHost _intake = null!;
    private HostMeasurements _metrics = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _intake = await ServiceHost.StartAsync(ServiceHost.OnRealServers(_database.ConnectionString),
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)), new IntakeService());
        _metrics = new HostMeasurements(_intake.Services);
    }

    [Fact]
    public async Task A_published_message_shows_its_delay_and_leaves_nothing_waiting()
    {
        await WriteAsync(row => { });

        await Eventually.Until(() => Task.FromResult(Delays()), d => d.Count == 1, what: "the publication's delay");
        Delays().Should().OnlyContain(seconds => seconds >= 0);
        Latest("tdkt.outbox.waiting").Should().Be(0);
        Latest("tdkt.outbox.lag").Should().Be(0);
    }

    [Fact]
    public async Task A_message_that_cannot_be_published_shows_as_waiting_and_its_age_as_the_lag()
    {
        // A type no process knows: the publisher keeps failing on it, as it would on a broker that refuses it.
        await WriteAsync(row => row.MessageType = "Tdkt.Integration.Tests.NoSuchMessage, Tdkt.Integration.Tests");
        _clock.Offset = TimeSpan.FromHours(1);

        await Eventually.Until(() => Task.FromResult(Latest("tdkt.outbox.waiting")), waiting => waiting == 1, what: "one message waiting");
        Latest("tdkt.outbox.lag").Should().BeGreaterThanOrEqualTo(3600, "the message was written an hour ago by the service's clock");
        Delays().Should().BeEmpty();
    }

    private async Task WriteAsync(Action<OutboxMessage> change)
    {
        await using var scope = _intake.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDb>();
        change(db.PublishViaOutbox(new OutboxProbe(Guid.NewGuid()), _clock));
        await db.SaveChangesAsync();
    }

    private IReadOnlyList<double> Delays() => _metrics.Of("tdkt.outbox.delay", TdktTelemetry.ServiceTag, IntakeDb.SchemaName);

    private double? Latest(string gauge) => _metrics.Of(gauge, TdktTelemetry.ServiceTag, IntakeDb.SchemaName) is { Count: > 0 } v ? v[^1] : null;

    public async Task DisposeAsync()
    {
        _metrics.Dispose();
        await _intake.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>A message no service consumes, published only to measure the outbox.</summary>
public sealed record OutboxProbe(Guid Id)
{
    /// <summary>An outbox row of a type no process knows, so it stays as written.</summary>
    public static OutboxMessage Unpublishable()
    {
        var row = OutboxMessage.For(new OutboxProbe(Guid.NewGuid()), DateTimeOffset.UtcNow);
        row.MessageType = "Tdkt.Integration.Tests.NoSuchMessage, Tdkt.Integration.Tests";
        return row;
    }
}
