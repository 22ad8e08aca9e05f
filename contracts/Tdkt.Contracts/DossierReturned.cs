namespace Tdkt.Contracts;

/// <summary>Ban TĐKT returned a version of the dossier with its reason; the head revises and resubmits it as the next version.</summary>
public record DossierReturned(string ClusterId, int Year, int Version, string Reason, string ReturnedBy, DateTimeOffset ReturnedAt);
