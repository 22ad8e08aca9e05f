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
}
