namespace Tdkt.Contracts;

/// <summary>Ban TĐKT acknowledged receipt of a version of the dossier.</summary>
public record DossierAcknowledged(string ClusterId, int Year, int Version, string AcknowledgedBy, DateTimeOffset AcknowledgedAt);
