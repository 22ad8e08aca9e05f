using System.Security.Cryptography;
using FluentAssertions;
using Tdkt.Platform.Files;
using Tdkt.Testing;

namespace Tdkt.Platform.Tests;

public sealed class When_a_file_is_stored_by_its_hash : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tdkt-store-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task It_lies_at_its_SHA256_split_after_two_characters_and_reads_back_the_same_bytes()
    {
        var store = new FileStore(_root);
        var bytes = SampleFiles.Pdf();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var stored = await store.SaveAsync(new MemoryStream(bytes), CancellationToken.None);

        stored.Should().Be(new StoredContent(sha, bytes.Length));
        File.ReadAllBytes(Path.Combine(_root, sha[..2], sha[2..])).Should().Equal(bytes);
        await using var read = store.OpenRead(sha)!;
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        copy.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public async Task The_same_content_saved_twice_is_one_file_and_no_temporary_file_is_left()
    {
        var store = new FileStore(_root);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.SaveAsync(new MemoryStream(SampleFiles.Docx()), CancellationToken.None)));
        await store.SaveAsync(new MemoryStream(SampleFiles.Png()), CancellationToken.None);

        store.List().Should().HaveCount(2);
        Directory.EnumerateFiles(Path.Combine(_root, ".tmp")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    public void A_name_that_is_no_stored_hash_opens_nothing(string sha) =>
        new FileStore(_root).OpenRead(sha).Should().BeNull();

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
