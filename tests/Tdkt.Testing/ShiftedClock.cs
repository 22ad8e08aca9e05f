namespace Tdkt.Testing;

/// <summary>
/// The system clock moved forward by <see cref="Offset"/>: lets a test reach a date (the end of an objection window)
/// without waiting for it. Timers and delays stay real, so the outbox and the bus run as usual.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
