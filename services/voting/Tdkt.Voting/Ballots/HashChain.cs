using System.Security.Cryptography;
using System.Text;

namespace Tdkt.Voting.Ballots;

/// <summary>
/// The ballot box's chain: each ballot's hash covers the previous one, its place, its choices and a random nonce
/// (so equal ballots get different receipts). Anyone holding the published box can recompute every link.
/// </summary>
public static class HashChain
{
    public static string Genesis(Guid roundId) => Sha($"tdkt-ballot-box|{roundId:N}");

    public static string Link(string previousHash, Guid roundId, int seq, IEnumerable<string> choices, string nonce) =>
        Sha($"{previousHash}|{roundId:N}|{seq}|{string.Join(',', choices)}|{nonce}");

    public static string NewNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Whether the ballots, in order, form an unbroken chain ending at <paramref name="lastHash"/>.</summary>
    public static bool Verify(Guid roundId, IReadOnlyList<Ballot> ballots, string lastHash)
    {
        var previous = Genesis(roundId);
        for (var i = 0; i < ballots.Count; i++)
        {
            var b = ballots[i];
            if (b.Seq != i + 1 || b.PreviousHash != previous || Link(previous, roundId, b.Seq, b.Choices, b.Nonce) != b.Hash) return false;
            previous = b.Hash;
        }
        return previous == lastHash;
    }

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
