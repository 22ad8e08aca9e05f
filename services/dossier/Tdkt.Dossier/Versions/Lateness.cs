using Tdkt.Calendar;
using Tdkt.Contracts;

namespace Tdkt.Dossier.Versions;

/// <summary>
/// The dossier's due date is that of the workflow step it completes (DossierSubmitted), when the year's definition
/// has one; lateness is counted in calendar days of Vietnam time, as the YT seed deducts 0.25 points per day late.
/// </summary>
public static class Lateness
{
    public static DateOnly? DueDate(StepsPlanned? plan) =>
        plan?.Steps.FirstOrDefault(s => s.Event == nameof(DossierSubmitted) && s.DueDate is not null)?.DueDate;

    public static (DateOnly? DueDate, int? DaysLate) Of(StepsPlanned? plan, TimeProvider time) =>
        DueDate(plan) is { } due ? (due, Math.Max(0, VietnamTime.Today(time).DayNumber - due.DayNumber)) : (null, null);
}
