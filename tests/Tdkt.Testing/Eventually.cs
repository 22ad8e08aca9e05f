namespace Tdkt.Testing;

/// <summary>Waits for something that arrives over the broker; fails with the last observed value when it does not.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        T last;
        while (true)
        {
            last = await probe();
            if (done(last)) return last;
            if (DateTime.UtcNow > deadline) break;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Timed out waiting for {what ?? "the condition"}; last value: {last}");
    }
}
