using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tdkt.Platform.Messaging;

/// <summary>Wakes a service's dispatcher as soon as its database saved something, instead of waiting for the next poll.</summary>
public sealed class OutboxSignal<TDb>
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try { _semaphore.Release(); } catch (SemaphoreFullException) { /* already signalled */ }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _semaphore.WaitAsync(timeout, ct);
}

internal sealed class OutboxSaveInterceptor<TDb>(OutboxSignal<TDb> signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        signal.Notify();
        return ValueTask.FromResult(result);
    }
}
