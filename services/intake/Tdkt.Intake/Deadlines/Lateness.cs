namespace Tdkt.Intake.Deadlines;

/// <summary>
/// How late a submission is. Late means after the due moment (the end of the due day, Vietnam time): the
/// same test the workflows runtime uses for "done late". The runtime itself counts no days (a miss is one
/// event with a flat consequence), so days are counted here, in calendar days between the due day and the
/// Vietnam day of the submission, as the seeds count a delay ("chậm 01 ngày trừ 0,25 điểm",
/// 001_2b8ea61da5c95e1f.txt); working days are used by the runtime only for due dates and reminders.
/// </summary>
public sealed record Lateness(bool IsLate, int DaysLate)
{
    public static readonly Lateness OnTime = new(false, 0);

    public static Lateness Of(DateTimeOffset submittedAt, DateTimeOffset? dueAt)
    {
        if (dueAt is not { } due || submittedAt <= due) return OnTime;
        var days = VietnamDay.Of(submittedAt).DayNumber - VietnamDay.Of(due).DayNumber;
        // Past the due moment but still on its day (the last second): late, by part of a day, counted as one.
        return new Lateness(true, Math.Max(1, days));
    }
}
