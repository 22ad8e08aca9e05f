namespace Tdkt.Platform.Hosting;

/// <summary>
/// The wait of a polling loop: one poll interval while there is work, doubling while the loop finds
/// nothing, up to <see cref="MaxFactor"/> intervals. Local work wakes the loops at once (a signal);
/// polling only catches work written elsewhere, so an idle host may poll rarely and rest.
/// </summary>
public sealed class IdleBackoff(TimeSpan poll)
{
    public const int MaxFactor = 16;
    private TimeSpan? _wait;

    /// <summary>The wait before the next poll, given whether the last one found work.</summary>
    public TimeSpan Next(bool foundWork)
    {
        var max = poll * MaxFactor;
        _wait = foundWork || _wait is null ? poll : (_wait.Value * 2 < max ? _wait.Value * 2 : max);
        return _wait.Value;
    }

    /// <summary>Something happened that makes work likely again: poll at the base interval next time.</summary>
    public void Reset() => _wait = null;
}
