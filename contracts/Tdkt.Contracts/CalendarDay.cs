namespace Tdkt.Contracts;

/// <summary>One day of a yearly calendar decision, with the reason shown to users.</summary>
public record CalendarDay(DateOnly Date, string Reason, string Source);
