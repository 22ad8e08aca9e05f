namespace Tdkt.Contracts;

/// <summary>
/// The head approved a version of the cluster-year's award dossier and it reached the Ban TĐKT inbox: the files of
/// its package (each with its kind and SHA-256) and, when the workflow gives the dossier a due date, how many days late.
/// </summary>
public record DossierSubmitted(
    string ClusterId,
    int Year,
    int Version,
    DateTimeOffset SubmittedAt,
    string SubmittedBy,
    string PackageSha256,
    IReadOnlyList<DossierFile> Files,
    DateOnly? DueDate,
    int? DaysLate);
