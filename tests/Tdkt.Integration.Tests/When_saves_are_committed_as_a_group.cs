using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Intake;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Persistence;

namespace Tdkt.Integration.Tests;

/// <summary>
/// GroupCommit on each database: saves queued at the same moment are committed together, so one save a key refuses must
/// fail alone while the saves queued with it are kept, and each caller learns its own outcome.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_saves_are_committed_as_a_group
{
    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task A_save_refused_by_a_key_fails_alone_and_the_saves_queued_with_it_are_kept(string provider)
    {
        await using var intake = await IntakeOn.StartAsync(provider);
        var commits = intake.Services.GetRequiredService<GroupCommit<IntakeDb>>();
        var first = OutboxProbe.Unpublishable();
        await commits.SaveAsync(db => db.Outbox.Add(first));

        var rows = Enumerable.Range(0, 40).Select(_ => OutboxProbe.Unpublishable()).ToList();
        rows[17].MessageId = first.MessageId;
        var saves = rows.Select(row => commits.SaveAsync(db => db.Outbox.Add(row))).ToList();

        await FluentActions.Awaiting(() => saves[17]).Should().ThrowAsync<DbUpdateException>();
        await Task.WhenAll(saves.Where((_, i) => i != 17));
        await using var scope = intake.Services.CreateAsyncScope();
        var kept = await scope.ServiceProvider.GetRequiredService<IntakeDb>().Outbox.Select(m => m.MessageId).ToListAsync();
        kept.Should().BeEquivalentTo(rows.Where((_, i) => i != 17).Select(r => r.MessageId).Append(first.MessageId));
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task Two_saves_of_a_row_with_one_key_save_it_once_and_the_others_are_kept(string provider)
    {
        await using var intake = await IntakeOn.StartAsync(provider);
        var commits = intake.Services.GetRequiredService<GroupCommit<IntakeDb>>();
        var key = Guid.NewGuid();
        InboxMessage Consumed() => new() { MessageId = key, Consumer = "intake.group-probe", ProcessedAt = DateTimeOffset.UtcNow };
        var rows = Enumerable.Range(0, 20).Select(_ => OutboxProbe.Unpublishable()).ToList();

        // The context of a group tracks one row per key: the second of these cannot join the first's group.
        var saves = rows.Select(row => commits.SaveAsync(db => db.Outbox.Add(row)))
            .Append(commits.SaveAsync(db => db.Inbox.Add(Consumed()))).Append(commits.SaveAsync(db => db.Inbox.Add(Consumed()))).ToList();

        var outcomes = await Task.WhenAll(saves.Select(async save => { try { await save; return "saved"; } catch (DbUpdateException) { return "refused"; } }));
        outcomes.Count(o => o == "refused").Should().Be(1);
        await using var scope = intake.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDb>();
        (await db.Inbox.CountAsync(m => m.MessageId == key)).Should().Be(1);
        (await db.Outbox.Select(m => m.MessageId).ToListAsync()).Should().BeEquivalentTo(rows.Select(r => r.MessageId));
    }
}
