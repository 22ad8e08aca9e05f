namespace Tdkt.Contracts;

/// <summary>
/// The head or Ban TĐKT asked the dossier service to send a submitted version to the provincial document system
/// again, after its delivery failed.
/// </summary>
public record DossierDeliveryRequested(string ClusterId, int Year, int Version, string RequestedBy, DateTimeOffset RequestedAt);
