using System.Security.Cryptography;

namespace Tdkt.Registry.Accounts;

/// <summary>
/// Passwords the platform hands out: 16 characters from a cryptographic generator (80 bits), in four
/// groups of four so they can be read out and typed; letters and digits easily confused are left out.
/// </summary>
public static class Passwords
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string Generate()
    {
        var text = RandomNumberGenerator.GetString(Alphabet, 16);
        return string.Join('-', text.Chunk(4).Select(c => new string(c)));
    }
}
