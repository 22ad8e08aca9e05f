using Microsoft.Extensions.Hosting;

namespace Tdkt.Platform.Hosting;

public static class HostStarted
{
    /// <summary>
    /// Completes once the host has started: the bus is up and every schema migrated. Continuations run asynchronously,
    /// otherwise each waiting loop would run inline inside the ApplicationStarted callback.
    /// </summary>
    public static Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        ct.Register(() => started.TrySetCanceled(ct));
        return started.Task;
    }
}
