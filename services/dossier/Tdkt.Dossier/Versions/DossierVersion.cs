namespace Tdkt.Dossier.Versions;

/// <summary>
/// One version of a cluster-year's dossier: a draft the head reviews and regenerates, then submitted, and then
/// acknowledged or returned by Ban TĐKT. Every version and its package stay readable.
/// </summary>
public sealed class DossierVersion
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public int Version { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string PackageSha256 { get; set; }
    public long PackageSize { get; set; }
    public List<PackageEntry> Files { get; set; } = [];
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? ReturnReason { get; set; }
    /// <summary>The workflow's due date for the dossier when it has one, and how many days after it this version was sent.</summary>
    public DateOnly? DueDate { get; set; }
    public int? DaysLate { get; set; }
    /// <summary>
    /// Its sending to the provincial document system, when one is configured: pending, delivered or failed, how many
    /// HTTP attempts were made, the last error. Null when no delivery was asked for.
    /// </summary>
    public string? DeliveryStatus { get; set; }
    public int DeliveryAttempts { get; set; }
    public string? DeliveryError { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
}

public sealed class PackageEntry
{
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public long Size { get; set; }
    public string? UnitId { get; set; }
}

public static class DossierStatus
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Acknowledged = "acknowledged";
    public const string Returned = "returned";

    public static string Name(string status) => status switch
    {
        Draft => "Dự thảo",
        Submitted => "Đã gửi Ban TĐKT",
        Acknowledged => "Ban TĐKT đã tiếp nhận",
        _ => "Ban TĐKT trả lại",
    };
}
