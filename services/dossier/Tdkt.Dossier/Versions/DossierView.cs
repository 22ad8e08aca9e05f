namespace Tdkt.Dossier.Versions;

public sealed record VersionView(int Version, string Status, string StatusName, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt,
    DateTimeOffset? DecidedAt, string? ReturnReason, DateOnly? DueDate, int? DaysLate, string PackageSha256, long PackageSize, IReadOnlyList<PackageEntry> Files,
    string? DeliveryStatus, string? DeliveryStatusName, int DeliveryAttempts, string? DeliveryError, DateTimeOffset? DeliveredAt)
{
    public static VersionView Of(DossierVersion v) => new(v.Version, v.Status, DossierStatus.Name(v.Status), v.CreatedAt, v.SubmittedAt,
        v.DecidedAt, v.ReturnReason, v.DueDate, v.DaysLate, v.PackageSha256, v.PackageSize, v.Files,
        v.DeliveryStatus, Delivery.DeliveryStatus.Name(v.DeliveryStatus), v.DeliveryAttempts, v.DeliveryError, v.DeliveredAt);
}

/// <summary>A cluster-year's dossier: what it waits for, and every version, newest first.</summary>
public sealed record DossierView(string ClusterId, string ClusterName, int Year, bool ScoresReceived, bool NominationsReceived,
    bool LeadershipReceived, DateOnly? DueDate, IReadOnlyList<VersionView> Versions);
