namespace Tdkt.Workflows.Definitions;

/// <summary>How a step's deadline is found. All dates are local (Asia/Ho_Chi_Minh) days.</summary>
public abstract record DueRule(Shift Shift);

/// <summary>What to do when the computed day is not a working day.</summary>
public enum Shift { Next, Previous, None }

public readonly record struct DayMonth(int Day, int Month)
{
    public DateOnly In(int year) => new(year, Month, Day);
    public override string ToString() => $"{Day:00}/{Month:00}";
}

/// <summary>
/// A day of the year. Exclusive ("trước ngày 30/7") means the day itself is already
/// too late, so the last day is the one before.
/// </summary>
public sealed record FixedDateRule(DayMonth Date, int YearOffset, bool Exclusive, Shift Shift) : DueRule(Shift);

/// <summary>A period (a quarter, a month, "October or November"): due at its last day.</summary>
public sealed record WindowRule(DayMonth From, DayMonth To, int YearOffset, Shift Shift) : DueRule(Shift);

/// <summary>Relative to the date set for another step (e.g. the summary conference).</summary>
public sealed record RelativeRule(string AnchorStep, Direction Direction, int Amount, bool WorkingDays, Shift Shift)
    : DueRule(Shift);

public enum Direction { Before, After }
