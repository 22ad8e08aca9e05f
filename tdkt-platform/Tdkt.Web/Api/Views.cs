namespace Tdkt.Web.Api;

// The shapes the pages read from the services' JSON (only the fields they show).

public sealed record ProgressView(string ClusterId, int Year, string DefinitionId, int DefinitionVersion,
    Dictionary<string, DateOnly>? KnownDates, List<StepView> Steps)
{
    /// <summary>The names of the units the year's steps list, by id.</summary>
    public Dictionary<string, string> UnitNames() =>
        Steps.SelectMany(s => s.Units).DistinctBy(u => u.UnitId).ToDictionary(u => u.UnitId, u => u.Name);
}

public sealed record StepView(string StepId, string Title, string Actor, DateOnly? Due, string? DueText, DateOnly? Scheduled,
    string? NotDatedReason, List<UnitStatusView> Units, List<NextReminderView>? NextReminders, DateOnly? RuleDue)
{
    public int Late => Units.Count(u => u.Status is "missed" or "done-late");
}

public sealed record UnitStatusView(string UnitId, string Name, string Status, string StatusText, DateTimeOffset? CompletedAt);

public sealed record NextReminderView(DateTimeOffset At, int WorkingDaysBefore, List<string> UnitIds);

public sealed record NoticeView(long Id, string Kind, string ClusterId, int Year, string StepId, string UnitId, DateOnly DueDate,
    string Subject, string Body, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>A self-assessment version's receipt: the server's time and self-score, and how late it came.</summary>
public sealed record ReceiptView(Guid Id, string ClusterId, int Year, string UnitId, DateTimeOffset SubmittedAt, int CriteriaCount,
    int Version, decimal SelfScore, DateTimeOffset? DueAt, int? DaysLate);

/// <summary>One criterion as the unit entered it (the contract's CriterionValue): the inputs its kind reads, never points alone.</summary>
public sealed record CriterionValueView(string CriterionId, decimal? Score, decimal? Points, string? Tier, decimal? Value, decimal? Plan,
    int? Count, Dictionary<string, int>? Counts, int? Total, bool? Done, string? Note, List<string>? Evidence);

public sealed record ReceivedView(Guid SubmissionId, string ClusterId, int Year, string UnitId, DateTimeOffset SubmittedAt,
    List<CriterionValueView>? Criteria, List<CriterionValueView>? Bonus, decimal? SelfScore, int? Version);

public sealed record EscalationView(long Id, string ClusterId, int Year, string StepId, string UnitId, DateOnly DueDate, decimal Deduct,
    bool Exclude, DateTimeOffset MissedAt);

public sealed record YearSummaryView(string ClusterId, string? ClusterName, int Year, string? DefinitionId, int? DefinitionVersion,
    int Steps, int LateSteps, int OpenEscalations, NextDueView? NextDue);

public sealed record NextDueView(string StepId, string Title, DateOnly? Due, string? DueText);
