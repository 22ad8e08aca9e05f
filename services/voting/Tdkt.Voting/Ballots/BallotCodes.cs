using System.Security.Cryptography;
using System.Text;

namespace Tdkt.Voting.Ballots;

/// <summary>
/// One-time ballot codes: 12 random symbols (60 bits) from an alphabet without look-alikes, shown as XXXX-XXXX-XXXX.
/// Only their SHA-256 is stored, so the database cannot show a code to anybody, the head included.
/// </summary>
public static class BallotCodes
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        var symbols = RandomNumberGenerator.GetString(Alphabet, 12);
        return $"{symbols[..4]}-{symbols[4..8]}-{symbols[8..]}";
    }

    /// <summary>Spaces, dashes and case do not matter: a code typed from a paper slip is the same code.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 40) return null;
        var s = new string(typed.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
        return s.Length == 12 && s.All(Alphabet.Contains) ? s : null;
    }

    public static string Hash(string normalized) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("tdkt-code|" + normalized)));
}
