using System.Security.Cryptography;

namespace Tdkt.Platform.Files;

/// <summary>What the store keeps of one content: its SHA-256 (lower-case hex) and its length.</summary>
public sealed record StoredContent(string Sha256, long Size);

/// <summary>
/// Files kept by the SHA-256 of their content, at &lt;root&gt;/ab/cdef… (the hash in hex). A content is
/// written once, however many reports carry it; a name given by a user never reaches a path here.
/// Every service that stores or reads files (intake, later the dossier) opens the same root.
/// </summary>
public sealed class FileStore(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>
    /// Copies the content to a temporary file while hashing it, then moves it into place: a reader never
    /// sees a half-written file, and two writers of the same content end with one file.
    /// </summary>
    public async Task<StoredContent> SaveAsync(Stream content, CancellationToken ct)
    {
        var temporary = Path.Combine(Root, ".tmp");
        Directory.CreateDirectory(temporary);
        var temp = Path.Combine(temporary, Guid.NewGuid().ToString("N"));
        try
        {
            string sha256;
            long size;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                await file.FlushAsync(ct);
                file.Flush(flushToDisk: true);
                size = file.Length;
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            var target = PathOf(sha256);
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                try { File.Move(temp, target, overwrite: false); }
                // Another writer moved the same content in first: its file is this one.
                catch (IOException) when (File.Exists(target)) { }
            }
            return new StoredContent(sha256, size);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public bool Contains(string sha256) => IsSha256(sha256) && File.Exists(PathOf(sha256));

    /// <summary>The stored content, or null when the store has no such file.</summary>
    public Stream? OpenRead(string sha256) =>
        Contains(sha256) ? new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;

    /// <summary>The stored content in memory (a template, a package to send on), or null when the store has no such file.</summary>
    public async Task<byte[]?> ReadAllBytesAsync(string sha256, CancellationToken ct) =>
        Contains(sha256) ? await File.ReadAllBytesAsync(PathOf(sha256), ct) : null;

    /// <summary>Every stored content's hash (for operators and tests; the temporary folder is not listed).</summary>
    public IEnumerable<string> List() =>
        !Directory.Exists(Root) ? [] :
        Directory.EnumerateDirectories(Root).Where(d => Path.GetFileName(d) is { Length: 2 } n && IsHex(n))
            .SelectMany(d => Directory.EnumerateFiles(d).Select(f => Path.GetFileName(d) + Path.GetFileName(f)))
            .Where(IsSha256);

    public static bool IsSha256(string? value) => value is { Length: 64 } && IsHex(value);

    private static bool IsHex(string value) => value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private string PathOf(string sha256) =>
        IsSha256(sha256) ? Path.Combine(Root, sha256[..2], sha256[2..]) : throw new ArgumentException("Not a lower-case SHA-256 in hex.", nameof(sha256));
}
