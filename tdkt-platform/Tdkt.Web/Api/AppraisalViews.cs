using System.Text.Json;

namespace Tdkt.Web.Api;

// Appraisal's answers as the pages read them.

public sealed record AppraisalTableView(string ClusterId, int Year, string ClusterName, string FrameworkId, string FrameworkName, string Stage,
    DateTimeOffset? PublishedAt, DateOnly? ObjectionsUntil, DateTimeOffset? FinalizedAt, List<UnitRowView> Units, List<AwardView> Awards,
    List<string> Problems)
{
    public string StageText => Stage switch
    {
        "finalized" => "Đã chốt điểm",
        "published" => "Đã công bố cho các đơn vị",
        _ => "Đang thẩm định",
    };
}

public sealed record UnitRowView(string UnitId, string UnitName, bool IsHead, int? SelfVersion, decimal? SelfTotal, decimal Total, string TotalTrace,
    int Rank, List<string> TiedWith, string Status, List<string> Reasons, decimal Bonus, List<DeductionResultView> Deductions,
    List<CriterionRowView> Criteria)
{
    public string StatusText => Status switch
    {
        "eligible" => "Đủ điều kiện",
        "ineligible" => "Không đạt ngưỡng điểm",
        "excluded" => "Không xét thi đua",
        _ => "Chưa xét (tạm hoãn)",
    };
}

public sealed record DeductionResultView(string Type, string Name, int Count, decimal Points, string Reason);

public sealed record CriterionRowView(string Section, string CriterionId, string Name, decimal Max, string SelfInput, decimal? SelfPoints,
    string? AppraisedInput, decimal Points, string Trace, List<string>? Evidence, string? Comment, string? By, int Revision,
    bool WaitsForOtherUnits);

/// <summary>Outcome is the scoring library's enum, sent as its number or its name.</summary>
public sealed record AwardView(string AwardId, string AwardName, int Seats, JsonElement Outcome, List<string> Proposed,
    List<string> VoteCandidates, int VoteSeats, List<string>? Notes);

public sealed record DeductionView(Guid Id, string UnitId, string Type, int Count, decimal? PointsEach, string Reason, List<string>? Evidence,
    string Source, string By, DateTimeOffset At, DateTimeOffset? WithdrawnAt);

public sealed record StatusFactView(Guid Id, string UnitId, string? FactId, bool Exclude, string Reason, string Source, string By,
    DateTimeOffset At, DateTimeOffset? WithdrawnAt);

public sealed record ExplanationView(Guid Id, string UnitId, string? CriterionId, string Question, int WorkingDays, DateOnly DueDate,
    string RequestedBy, DateTimeOffset RequestedAt, string? Answer, List<string>? AnswerFiles, string? AnsweredBy, DateTimeOffset? AnsweredAt);

public sealed record ObjectionView(Guid Id, string UnitId, string? CriterionId, string Text, string By, DateTimeOffset At,
    string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt);

public sealed record AuditView(long Id, string? UnitId, string? CriterionId, string What, string? Old, string? New, string Why, string By,
    DateTimeOffset At);

public sealed record ProvinceView(int Year, List<ClusterProposalsView> Clusters, List<string> ProvincialFlagUnits, int GovernmentFlagMax,
    List<string> AdvancedCollectiveUnits, int ExcellentCollectiveMax)
{
    public string NameOf(string unitId) =>
        Clusters.Select(c => c.UnitNames.GetValueOrDefault(unitId)).FirstOrDefault(n => n is not null) ?? unitId;
}

public sealed record ClusterProposalsView(string ClusterId, string ClusterName, DateTimeOffset FinalizedAt, List<ProposedAwardView> Awards,
    Dictionary<string, string> UnitNames);

public sealed record ProposedAwardView(string AwardId, string Name, int Seats, string Outcome, List<string> Proposed,
    List<string> VoteCandidates, int VoteSeats, List<string>? Notes);

public sealed record CapsCheckView(bool WithinCaps, List<string> Violations, int GovernmentFlagMax, int ExcellentCollectiveMax);
