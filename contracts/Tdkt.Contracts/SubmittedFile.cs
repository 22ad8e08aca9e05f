namespace Tdkt.Contracts;

/// <summary>One file a unit sent: the name it gave (for display only) and the SHA-256 the file store keeps it under.</summary>
public record SubmittedFile(string Name, string Sha256, long Size, string ContentType);
