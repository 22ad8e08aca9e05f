namespace Tdkt.Dossier.Versions;

/// <summary>
/// The province whose chairman the proposal letter is addressed to (Tdkt:Dossier:Province, e.g. "Điện Biên"). The
/// registry's cluster-year announcement does not carry it, so it is the deployment's; null: "tỉnh" alone.
/// </summary>
public sealed record DossierProvince(string? Name);
