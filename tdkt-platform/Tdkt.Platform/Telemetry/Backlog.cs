namespace Tdkt.Platform.Telemetry;

/// <summary>
/// What a polling loop left waiting after its last batch, for a gauge, without a COUNT on every poll: a batch
/// smaller than its limit left only what it failed to handle; after a full batch the rest is counted, at most
/// once every few seconds, and estimated from the last count in between. Rows a replica has not looked at
/// yet (written elsewhere since its last poll) are not seen.
/// </summary>
public sealed class Backlog
{
    private const long CountEveryMilliseconds = 5000;
    private long _waiting;
    private long? _countedAt;

    public long Waiting => Interlocked.Read(ref _waiting);

    /// <param name="claimed">Rows the batch took.</param>
    /// <param name="handled">Rows of the batch that are done.</param>
    /// <param name="limit">The batch size: a full batch means more may wait.</param>
    /// <param name="count">Counts every row still waiting.</param>
    public async Task AfterBatchAsync(int claimed, int handled, int limit, Func<Task<int>> count)
    {
        var left = claimed - handled;
        if (claimed < limit)
        {
            Interlocked.Exchange(ref _waiting, left);
            return;
        }
        // Real elapsed time, not the service's clock: the limit protects the database, and a test's clock may jump.
        var now = Environment.TickCount64;
        if (_countedAt is { } at && now - at < CountEveryMilliseconds)
        {
            Interlocked.Exchange(ref _waiting, Math.Max(left, Waiting - handled));
            return;
        }
        _countedAt = now;
        Interlocked.Exchange(ref _waiting, await count());
    }
}
