namespace Tdkt.Contracts;

/// <summary>The award dossier reached the Ban TĐKT inbox.</summary>
public record DossierDelivered(string ClusterId, int Year, DateTimeOffset DeliveredAt);
