namespace Tdkt.Throughput.Anchors;

/// <summary>What an anchor writes around a message: nothing (a), a PostgreSQL row on each side (b), a SQLite row on each side (c).</summary>
public interface IAnchorStore : IAsyncDisposable
{
    Task SentAsync(Ping ping);
    Task ReceivedAsync(Ping ping);
}

public sealed class NoStore : IAnchorStore
{
    public Task SentAsync(Ping ping) => Task.CompletedTask;
    public Task ReceivedAsync(Ping ping) => Task.CompletedTask;
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
