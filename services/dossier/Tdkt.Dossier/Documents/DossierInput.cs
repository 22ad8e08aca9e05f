using Tdkt.Contracts;

namespace Tdkt.Dossier.Documents;

/// <summary>
/// Everything the written documents of a cluster-year's award dossier are made from: the conference's decisions
/// and tallies, the final scores, next year's leadership, and who signs and receives it.
/// </summary>
/// <param name="Number">The document number of the proposal letter, e.g. "05/TTr-CTĐ"; null leaves "Số: …/TTr-…" to fill by hand.</param>
/// <param name="Place">The place of the place-and-date line, e.g. "Tủa Chùa".</param>
/// <param name="Recipients">"Nơi nhận" lines, e.g. "Ban Thi đua – Khen thưởng tỉnh".</param>
/// <param name="Province">The province the letter is addressed to, e.g. "Điện Biên" ("Chủ tịch Ủy ban nhân dân tỉnh Điện Biên").</param>
public sealed record DossierInput(
    string ClusterId,
    string ClusterName,
    int Year,
    string HeadUnitId,
    string HeadUnitName,
    string? Number,
    DateOnly Date,
    string Place,
    string SignerTitle,
    string SignerName,
    IReadOnlyList<string> Recipients,
    NominationsDecided Nominations,
    ScoresFinalized Scores,
    LeadershipElected? Leadership,
    string? Province = null);
