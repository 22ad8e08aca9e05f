namespace Tdkt.Web.Components;

/// <summary>A ballot receipt (64 hex characters) as people read and compare it: in groups of eight, or shortened in a list.</summary>
public static class Receipts
{
    public static IEnumerable<string> Groups(string receipt) => receipt.Chunk(8).Select(c => new string(c));

    public static string Short(string receipt) => receipt.Length > 12 ? receipt[..12] + "…" : receipt;

    /// <summary>What people paste: spaces, line breaks or capitals from copying a grouped receipt are not part of it.</summary>
    public static string Clean(string? typed) =>
        new string((typed ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();

    public static string ResultPath(string clusterId, int year, int round) =>
        $"/ket-qua-bo-phieu/{Uri.EscapeDataString(clusterId)}/{year}/{round}";
}
