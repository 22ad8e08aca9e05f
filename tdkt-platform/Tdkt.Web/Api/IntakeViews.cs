using Tdkt.Scoring.Sheets;

namespace Tdkt.Web.Api;

// Intake's answers as the pages read them (registration, covenant, reports, drafts).

public sealed record DraftView(DateTimeOffset SavedAt, Dictionary<string, CriterionInput>? Criteria, Dictionary<string, CriterionInput>? Bonus,
    decimal? SelfScore);

public sealed record CovenantView(string ClusterId, int Year, bool Confirmed, string? Content, DateOnly? Date, string? ConfirmedBy,
    DateTimeOffset? ConfirmedAt, List<SignedUnitView> Signed, List<UnitNameView> NotSigned);

public sealed record SignedUnitView(string UnitId, string Name, DateTimeOffset SignedAt);

public sealed record UnitNameView(string UnitId, string Name);

public sealed record SignatureView(string ClusterId, int Year, string UnitId, DateTimeOffset SignedAt);

public sealed record RegistrationView(Guid Id, int Version, DateTimeOffset SubmittedAt, DateTimeOffset? ReplacedAt,
    List<TargetView> Targets, List<ModelView> Models, List<ExemplarView> Exemplars, string? Commitments);

public sealed record TargetView(string CriterionId, decimal Target);

public sealed record ModelView(string Name, string? Description);

public sealed record ExemplarView(string Name, string Position);

public sealed record MemberStatusView(string UnitId, string Name, bool Registered, DateTimeOffset? RegisteredAt, int? Version,
    bool Signed, DateTimeOffset? SignedAt, bool Excluded, string? ExclusionReason);

public sealed record ReportView(Guid Id, string UnitId, string Kind, string KindLabel, string? Title, string? Note, string SubmittedBy,
    DateTimeOffset SubmittedAt, DateTimeOffset? DueAt, int? DaysLate, List<ReportFileView> Files);

public sealed record ReportFileView(string Name, string Sha256, long Size, string ContentType);

/// <summary>The registry's cluster-year: who heads it and its members.</summary>
public sealed record ClusterYearView(string ClusterId, string ClusterName, int Year, UnitRefView Head, UnitRefView? Deputy, List<UnitRefView> Members)
{
    public bool IsLedBy(string? unitId) => unitId is not null && (Head.Id == unitId || Deputy?.Id == unitId);
}

public sealed record UnitRefView(string Id, string Name);
