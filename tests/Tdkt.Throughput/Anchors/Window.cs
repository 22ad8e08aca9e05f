namespace Tdkt.Throughput.Anchors;

/// <summary>At most <c>size</c> messages published and not yet consumed; a phase ends when its expected count was consumed.</summary>
public sealed class Window(int size)
{
    private readonly SemaphoreSlim _slots = new(size, size);
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _consumed, _expected = long.MaxValue;

    /// <summary>Starts a phase: called while nothing is in flight.</summary>
    public Task Expect(long count)
    {
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref _consumed, 0);
        Interlocked.Exchange(ref _expected, count);
        return _done.Task;
    }

    public Task EnterAsync() => _slots.WaitAsync();

    public void Consumed()
    {
        _slots.Release();
        if (Interlocked.Increment(ref _consumed) == Interlocked.Read(ref _expected)) _done.TrySetResult();
    }
}
