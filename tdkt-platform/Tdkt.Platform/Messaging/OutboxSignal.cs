using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tdkt.Platform.Persistence;

namespace Tdkt.Platform.Messaging;

/// <summary>Wakes a service's dispatcher as soon as its database committed an outbox message, instead of waiting for the next poll.</summary>
public sealed class OutboxSignal<TDb>
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    /// <remarks>
    /// Most commits find the dispatcher already signalled: checked first, because a SemaphoreFullException on each of
    /// them was one exception per accepted request under load. Two commits racing past the check still meet the catch.
    /// </remarks>
    public void Notify()
    {
        if (_semaphore.CurrentCount > 0) return;
        try { _semaphore.Release(); } catch (SemaphoreFullException) { /* signalled by a commit racing this one */ }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _semaphore.WaitAsync(timeout, ct);
}

/// <summary>
/// Signals only commits that added outbox rows. Signalling every save made the dispatcher wake itself:
/// its own save of sent rows (and any other loop's save) woke it again at once, so an idle host spun.
/// Inside an explicit transaction the signal waits for the commit: before it the rows are not visible.
/// </summary>
internal sealed class OutboxSaveInterceptor<TDb>(OutboxSignal<TDb> signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken ct = default)
    {
        // Remembered on the context: after the save the added rows are no longer marked as added.
        if (eventData.Context is ServiceDb db && db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
            db.OutboxQueued = true;
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is ServiceDb db && db.Database.CurrentTransaction is null) Flush(db, commit: true);
        return ValueTask.FromResult(result);
    }

    // A failed save outside a transaction queued nothing: the flag must not reach the context's next use (contexts are pooled).
    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is ServiceDb db && db.Database.CurrentTransaction is null) db.OutboxQueued = false;
        return Task.CompletedTask;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is ServiceDb db) Flush(db, commit: true);
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is ServiceDb db) Flush(db, commit: false);
    }

    private void Flush(ServiceDb db, bool commit)
    {
        if (!db.OutboxQueued) return;
        db.OutboxQueued = false;
        if (commit) signal.Notify();
    }
}
