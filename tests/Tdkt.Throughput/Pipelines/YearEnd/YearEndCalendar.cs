namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>
/// Where the services' clock stands for each step of an emulation year (Vietnam time): the years open in January, the
/// covenant is signed in March, self-assessments come in mid-December, the head appraises and publishes the week after,
/// finalizes a week later (past the two working days of objections, whatever the weekdays), and the summary conference
/// is in January of the next year.
/// </summary>
public sealed record YearEndCalendar(int Year)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public DateTimeOffset Opening => new(Year, 1, 6, 8, 0, 0, Vietnam);
    public DateTimeOffset Covenant => new(Year, 3, 14, 8, 0, 0, Vietnam);
    public string CovenantDate => $"14/03/{Year}";
    public DateTimeOffset SelfAssessments => new(Year, 12, 15, 8, 0, 0, Vietnam);
    public DateTimeOffset Appraisal => new(Year, 12, 22, 8, 0, 0, Vietnam);
    public const int ObjectionWorkingDays = 2;
    public DateTimeOffset Finalization => Appraisal.AddDays(7);
    public DateTimeOffset Conference => new(Year + 1, 1, 15, 8, 0, 0, Vietnam);
    public string ConferenceDate => $"15/01/{Year + 1}";
    public DateTimeOffset Dossier => new(Year + 1, 1, 19, 8, 0, 0, Vietnam);
}
