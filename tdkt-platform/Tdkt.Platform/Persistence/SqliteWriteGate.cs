using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tdkt.Platform.Persistence;

/// <summary>
/// One save at a time per SQLite file, waiting in turn. SQLite lets one writer in; Microsoft.Data.Sqlite answers a busy
/// file by blocking its thread for 150 ms and trying again, so under a burst requests queued in steps of 150 ms while
/// the CPU idled. A save inside an explicit transaction is not gated: its transaction holds the file's lock across saves,
/// and one waiting here for another would wait for ever. A gate not released within its limit is passed, not waited for:
/// SQLite's own lock still keeps the file whole.
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _files = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DbContext, SemaphoreSlim> _held = [];

    private SqliteWriteGate() { }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (Gate(eventData.Context) is { } gate && await gate.WaitAsync(Limit, ct)) _held.AddOrUpdate(eventData.Context!, gate);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Gate(eventData.Context) is { } gate && gate.Wait(Limit)) _held.AddOrUpdate(eventData.Context!, gate);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken ct = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    private SemaphoreSlim? Gate(DbContext? context) =>
        context is null || context.Database.CurrentTransaction is not null ? null
            : _files.GetOrAdd(context.Database.GetDbConnection().DataSource, _ => new SemaphoreSlim(1, 1));

    private void Release(DbContext? context)
    {
        if (context is not null && _held.TryGetValue(context, out var gate) && _held.Remove(context)) gate.Release();
    }
}
