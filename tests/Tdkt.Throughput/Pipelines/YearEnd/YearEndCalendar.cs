namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>
/// Where the services' clock stands for each step of the year (Vietnam time, working days): the years open in January,
/// the covenant is signed in March, self-assessments come in mid-December, the head appraises and publishes the week
/// after, finalizes once the two-working-day objection window has passed, and the summary conference is in January.
/// </summary>
public static class YearEndCalendar
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static readonly DateTimeOffset Opening = new(2025, 1, 6, 8, 0, 0, Vietnam);
    public static readonly DateTimeOffset Covenant = new(2025, 3, 14, 8, 0, 0, Vietnam);
    public const string CovenantDate = "14/03/2025";
    public static readonly DateTimeOffset SelfAssessments = new(2025, 12, 15, 8, 0, 0, Vietnam);
    public static readonly DateTimeOffset Appraisal = new(2025, 12, 22, 8, 0, 0, Vietnam);
    public const int ObjectionWorkingDays = 2;
    public static readonly DateTimeOffset Finalization = new(2025, 12, 26, 8, 0, 0, Vietnam);
    public static readonly DateTimeOffset Conference = new(2026, 1, 15, 8, 0, 0, Vietnam);
    public const string ConferenceDate = "15/01/2026";
    public static readonly DateTimeOffset Dossier = new(2026, 1, 19, 8, 0, 0, Vietnam);
}
