namespace Tdkt.Contracts;

/// <summary>
/// One file of a dossier package. Kind: proposal-letter, minutes, score-table, vote-count or achievement-report;
/// proposal-letter-pdf, minutes-pdf, score-table-pdf or vote-count-pdf for the PDF copy of a written document.
/// </summary>
public record DossierFile(string Name, string Kind, string Sha256, long Size, string? UnitId);
