using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Tdkt.Platform.Persistence;

/// <summary>
/// One save at a time per SQLite file, waiting in turn. SQLite lets one writer in; Microsoft.Data.Sqlite answers a busy
/// file by blocking its thread for 150 ms and trying again, so under a burst requests queued in steps of 150 ms while
/// the CPU idled. A save inside an explicit transaction is not gated: its transaction holds the file's lock across saves,
/// and one waiting here for another would wait for ever. A gate not released within its limit is passed, not waited for:
/// SQLite's own lock still keeps the file whole.
/// </summary>
/// <remarks>
/// The turn wraps the whole SaveChanges call (the contexts override it) and is given back in a finally. It used to be
/// an interceptor released by EF Core's completion events, and a save refused on a concurrency token raises none of
/// them: the file's every later save then waited the full limit.
/// </remarks>
public static class SqliteWriteGate
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Files = new(StringComparer.Ordinal);

    public static async ValueTask<Turn> TakeTurnAsync(DbContext context, CancellationToken ct) =>
        Gate(context) is { } gate && await gate.WaitAsync(Limit, ct) ? new Turn(gate) : default;

    public static Turn TakeTurn(DbContext context) =>
        Gate(context) is { } gate && gate.Wait(Limit) ? new Turn(gate) : default;

    private static SemaphoreSlim? Gate(DbContext context) =>
        !context.Database.IsSqlite() || context.Database.CurrentTransaction is not null ? null
            : Files.GetOrAdd(context.Database.GetDbConnection().DataSource, _ => new SemaphoreSlim(1, 1));

    /// <summary>A turn at a file's gate (or none, when the save is not gated), given back when disposed.</summary>
    public readonly struct Turn(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
