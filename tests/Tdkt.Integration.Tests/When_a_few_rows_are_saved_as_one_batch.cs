using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Intake;
using Tdkt.Platform.Messaging;

namespace Tdkt.Integration.Tests;

/// <summary>
/// ServiceDb.SaveOneBatchAsync on each database: on PostgreSQL it saves added rows without a transaction of its own, relying
/// on the batch's implicit one, so a row the database refuses, or a delete that finds nothing, must take the others with it.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_a_few_rows_are_saved_as_one_batch
{
    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task A_row_refused_by_a_key_leaves_the_others_unsaved(string provider)
    {
        await using var intake = await IntakeOn.StartAsync(provider);
        var services = intake.Services;
        var published = OutboxProbe.Unpublishable();
        await SaveAsync(services, db => db.Outbox.Add(published));

        // EF Core sends the inbox row first (its table sorts first), then the outbox row the message id's index refuses.
        var consumed = new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "intake.batch-probe", ProcessedAt = DateTimeOffset.UtcNow };
        var again = OutboxProbe.Unpublishable();
        again.MessageId = published.MessageId;
        var refused = () => SaveAsync(services, db => { db.Inbox.Add(consumed); db.Outbox.Add(again); });

        await refused.Should().ThrowAsync<DbUpdateException>();
        await using var scope = services.CreateAsyncScope();
        var read = scope.ServiceProvider.GetRequiredService<IntakeDb>();
        (await read.Inbox.AnyAsync(m => m.MessageId == consumed.MessageId)).Should().BeFalse("the batch failed on the outbox row's key");
        (await read.Outbox.CountAsync(m => m.MessageId == published.MessageId)).Should().Be(1);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task A_delete_that_finds_no_row_leaves_the_added_rows_unsaved(string provider)
    {
        await using var intake = await IntakeOn.StartAsync(provider);
        var services = intake.Services;
        var staged = OutboxProbe.Unpublishable();
        var gone = new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "intake.batch-probe", ProcessedAt = DateTimeOffset.UtcNow };

        // EF Core learns only after the batch ran that the delete found nothing: the added row must go back with it.
        var refused = () => SaveAsync(services, db => { db.Outbox.Add(staged); db.Inbox.Remove(gone); });

        await refused.Should().ThrowAsync<DbUpdateConcurrencyException>();
        await using var scope = services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<IntakeDb>().Outbox.AnyAsync(m => m.MessageId == staged.MessageId))
            .Should().BeFalse("the save failed on the row the delete expected");
    }

    private static async Task SaveAsync(IServiceProvider services, Action<IntakeDb> stage)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDb>();
        stage(db);
        await db.SaveOneBatchAsync(CancellationToken.None);
    }
}
