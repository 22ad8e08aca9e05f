namespace Tdkt.Intake.Reports;

/// <summary>What the unit gets back, and what the list shows: the server's time, each file with its hash and where to download it.</summary>
public sealed record ReportReceipt(
    Guid Id, string ClusterId, int Year, string UnitId, string Kind, string KindLabel, string? Title, string? Note,
    string SubmittedBy, DateTimeOffset SubmittedAt, DateTimeOffset? DueAt, TimeSpan? LateBy, int? DaysLate, IReadOnlyList<ReportFileReceipt> Files)
{
    public static ReportReceipt Of(Report r) => new(
        r.Id, r.ClusterId, r.Year, r.UnitId, r.Kind, ReportKinds.Labels.GetValueOrDefault(r.Kind, r.Kind), r.Title, r.Note,
        r.SubmittedBy, r.SubmittedAt, r.DueAt, r.LateBy, Deadlines.Lateness.Of(r.SubmittedAt, r.DueAt) is { IsLate: true } l ? l.DaysLate : null,
        r.Files.OrderBy(f => f.Position).Select(f => new ReportFileReceipt(f.Name, f.Sha256, f.Size, f.ContentType, DownloadPath(r, f))).ToList());

    public static string PathOf(Report r) => $"/intake/clusters/{r.ClusterId}/years/{r.Year}/units/{r.UnitId}/reports/{r.Id}";

    private static string DownloadPath(Report r, ReportFile f) => $"{PathOf(r)}/files/{f.Sha256}";
}

public sealed record ReportFileReceipt(string Name, string Sha256, long Size, string ContentType, string Download);
