namespace Tdkt.Voting.Conferences;

/// <summary>A conference of the cluster-year, one per kind: scheduled (and moved) by the head, then held.</summary>
public sealed class Conference
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string Kind { get; set; }
    public DateOnly Date { get; set; }
    public required string Venue { get; set; }
    public required string ScheduledBy { get; set; }
    public DateTimeOffset ScheduledAt { get; set; }
    public DateTimeOffset? HeldAt { get; set; }
}

public static class ConferenceKinds
{
    public const string MidYearReview = "mid-year-review";
    public const string PreMeeting = "pre-meeting";
    public const string Summary = "summary";
    public static readonly string[] All = [MidYearReview, PreMeeting, Summary];

    public static string Name(string kind) => kind switch
    {
        MidYearReview => "Hội nghị sơ kết 6 tháng",
        PreMeeting => "Họp trù bị",
        _ => "Hội nghị tổng kết",
    };
}
