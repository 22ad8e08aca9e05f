namespace Tdkt.Contracts;

/// <summary>
/// One file of a dossier package. Kind: proposal-letter, minutes, score-table, vote-count or achievement-report.
/// </summary>
public record DossierFile(string Name, string Kind, string Sha256, long Size, string? UnitId);
