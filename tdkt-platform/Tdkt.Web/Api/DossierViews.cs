namespace Tdkt.Web.Api;

/// <summary>The dossier service's answers, as the head's page and Ban TĐKT's inbox read them.</summary>
public sealed record DossierView(string ClusterId, string ClusterName, int Year, bool ScoresReceived, bool NominationsReceived,
    bool LeadershipReceived, List<DossierVersionView> Versions);

public sealed record DossierVersionView(int Version, string Status, string StatusName, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt,
    DateTimeOffset? DecidedAt, string? ReturnReason, string PackageSha256, long PackageSize, List<DossierFileView> Files,
    string? DeliveryStatus = null, string? DeliveryStatusName = null, int DeliveryAttempts = 0, string? DeliveryError = null, DateTimeOffset? DeliveredAt = null);

public sealed record DossierFileView(string Name, string Kind, string Sha256, long Size, string? UnitId);

public sealed record DossierInboxItem(string ClusterId, string ClusterName, int Year, int Version, string Status, string StatusName,
    DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, string? ReturnReason, int Files,
    string? DeliveryStatus = null, string? DeliveryStatusName = null, int DeliveryAttempts = 0, string? DeliveryError = null, DateTimeOffset? DeliveredAt = null);
