using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Tdkt.Platform.Persistence;

/// <summary>
/// Group commit: the saves that requests queue while the previous group is being written go to the database together,
/// in one SaveChanges and one commit. On a deadline evening hundreds of units submit at once, and on SQLite every commit
/// is an fsync and a new copy of each page it touched in the write-ahead log. Nothing waits for a group to fill: a save
/// queued on a quiet day is written at once, alone. Each caller gets its own outcome: saved, or the exception its own
/// save met (a batch refused by one row is written again one save at a time, so only that one fails).
/// </summary>
public sealed class GroupCommit<TDb>(IServiceScopeFactory scopes) where TDb : ServiceDb
{
    private const int MaxGroup = 100;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private int _started;

    /// <summary>Stages rows on the group's context (add or remove entities made by the caller) and waits for the commit.</summary>
    public Task SaveAsync(Action<TDb> stage)
    {
        var pending = new Pending(stage, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _queue.Writer.TryWrite(pending);
        if (Interlocked.Exchange(ref _started, 1) == 0) _ = Task.Run(WriteGroupsAsync);
        return pending.Done.Task;
    }

    private async Task WriteGroupsAsync()
    {
        var group = new List<Pending>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var pending)) group.Add(pending);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await WriteAsync(scope.ServiceProvider.GetRequiredService<TDb>(), group);
            }
            // The loop must outlive any failure, or every later save would wait for ever.
            catch (Exception e) { foreach (var p in group) p.Done.TrySetException(e); }
            group.Clear();
        }
    }

    private static async Task WriteAsync(TDb db, List<Pending> group)
    {
        try
        {
            foreach (var p in group) p.Stage(db);
            await (group.Count == 1 ? db.SaveOneBatchAsync(CancellationToken.None) : db.SaveChangesAsync());
            foreach (var p in group) p.Done.TrySetResult();
            return;
        }
        // A row refused by a key, or staged with the key of another save's row (the context tracks one row per key): each
        // alone. A database away fails them all alike; written again one by one, a commit that did land would be written twice.
        catch (Exception e) when (group.Count > 1 && e is DbUpdateException or InvalidOperationException && !e.IsDatabaseUnavailable())
        {
            db.ChangeTracker.Clear();
        }
        foreach (var p in group)
        {
            try
            {
                p.Stage(db);
                await db.SaveOneBatchAsync(CancellationToken.None);
                p.Done.TrySetResult();
            }
            catch (Exception e) { p.Done.TrySetException(e); }
            finally { db.ChangeTracker.Clear(); }
        }
    }

    private sealed record Pending(Action<TDb> Stage, TaskCompletionSource Done);
}
