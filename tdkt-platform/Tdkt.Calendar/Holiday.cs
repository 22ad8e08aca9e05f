namespace Tdkt.Calendar;

/// <summary>A day off that is not a weekly rest day. <paramref name="Name"/> is shown to users (Vietnamese).</summary>
public sealed record Holiday(DateOnly Date, string Name);
