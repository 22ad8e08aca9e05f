using System.IO.MemoryMappedFiles;

namespace Tdkt.Testing;

/// <summary>
/// The clock of service hosts a test runs as processes: the system clock plus an offset the test moves, kept in a
/// small memory-mapped file every process reads on each call, so a move reaches them all at once. As
/// <c>ShiftedClock</c> does in one process, only the date moves: timers and delays stay real.
/// </summary>
public sealed class SharedClock : TimeProvider, IDisposable
{
    public const string FileVariable = "TDKT_TEST_CLOCK_FILE";
    private const string HookVariable = "DOTNET_STARTUP_HOOKS";

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _offset;
    private readonly bool _owner;

    private SharedClock(string path, bool owner)
    {
        (FilePath, _owner) = (path, owner);
        _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, sizeof(long));
        _offset = _file.CreateViewAccessor(0, sizeof(long));
    }

    public string FilePath { get; }

    /// <summary>A new clock at the system's time (or at <paramref name="now"/>), in a file of its own that is deleted with it.</summary>
    public static SharedClock Create(DateTimeOffset? now = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tdkt-clock-{Guid.NewGuid():N}");
        File.WriteAllBytes(path, new byte[sizeof(long)]);
        var clock = new SharedClock(path, owner: true);
        if (now is { } start) clock.Offset = start - System.GetUtcNow();
        return clock;
    }

    /// <summary>The clock a test created, as a service process reads it.</summary>
    public static SharedClock Open(string path) => new(path, owner: false);

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(_offset.ReadInt64(0));
        set => _offset.Write(0, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    /// <summary>Moves the clock to the instant given, never back: what a service has written stays in its past.</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        var offset = instant - base.GetUtcNow();
        if (offset > Offset) Offset = offset;
    }

    /// <summary>What a service process needs in its environment to read this clock (ServiceProcess's environment).</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        [HookVariable] = typeof(SharedClock).Assembly.Location,
        [FileVariable] = FilePath,
    };

    public void Dispose()
    {
        _offset.Dispose();
        _file.Dispose();
        if (_owner) File.Delete(FilePath);
    }
}
