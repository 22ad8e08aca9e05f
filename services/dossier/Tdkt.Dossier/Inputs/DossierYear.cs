using System.Text.Json;
using Tdkt.Contracts;

namespace Tdkt.Dossier.Inputs;

/// <summary>
/// What the dossier of a cluster-year is assembled from, as the other services announced it: the final scores,
/// the conference's nominations and next year's leadership (each the latest one received).
/// </summary>
public sealed class DossierYear
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public string? Scores { get; set; }
    public string? Nominations { get; set; }
    public string? Leadership { get; set; }
    /// <summary>The workflows runtime's latest plan of the year (StepsPlanned), for the dossier's due date.</summary>
    public string? Plan { get; set; }
    public long PlanRevision { get; set; }
    /// <summary>
    /// Grows with every change; a concurrency token, so that the scores and the nominations arriving at once cannot
    /// both commit without seeing each other (and leave the year without its draft): the second one is retried.
    /// </summary>
    public int Revision { get; set; }

    public ScoresFinalized? ScoresFinalized => Scores is null ? null : JsonSerializer.Deserialize<ScoresFinalized>(Scores, Json);
    public NominationsDecided? NominationsDecided => Nominations is null ? null : JsonSerializer.Deserialize<NominationsDecided>(Nominations, Json);
    public StepsPlanned? StepsPlanned => Plan is null ? null : JsonSerializer.Deserialize<StepsPlanned>(Plan, Json);
    public LeadershipElected? LeadershipElected => Leadership is null ? null : JsonSerializer.Deserialize<LeadershipElected>(Leadership, Json);

    public static string Write<T>(T message) => JsonSerializer.Serialize(message, Json);
}

/// <summary>A unit's achievement report (báo cáo thành tích) as intake announced it; the files stay in the shared store.</summary>
public sealed class AchievementReport
{
    public Guid ReportId { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public List<ReportFile> Files { get; set; } = [];
}

public sealed class ReportFile
{
    public string Name { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public long Size { get; set; }
}
