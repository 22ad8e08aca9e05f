using FluentAssertions;
using Tdkt.Platform.Files;
using Tdkt.Testing;

namespace Tdkt.Platform.Tests;

public sealed class When_a_file_type_is_told_by_content
{
    public static TheoryData<string, byte[], string?> Samples => new()
    {
        { "pdf", SampleFiles.Pdf(), "PDF" },
        { "png", SampleFiles.Png(), "PNG" },
        { "jpeg", SampleFiles.Jpeg(), "JPEG" },
        { "docx", SampleFiles.Docx(), "Word (.docx)" },
        { "xlsx", SampleFiles.Xlsx(), "Excel (.xlsx)" },
        { "a Windows program", SampleFiles.Exe(), null },
        { "an empty file", [], null },
        { "plain text", "%PD not quite"u8.ToArray(), null },
        { "a ZIP that is no Office document", SampleFiles.Zip(("[Content_Types].xml", "<Types/>"), ("readme.txt", "x")), null },
        { "a ZIP of a document without its content types", SampleFiles.Zip(("word/document.xml", "<w:document/>")), null },
        { "a macro-enabled Word document", SampleFiles.Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "x")), null },
        { "a ZIP header with nothing after it", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], null },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_type_is_the_one_its_bytes_show(string what, byte[] bytes, string? label)
    {
        using var content = new MemoryStream(bytes);

        (FileSniffer.Identify(content)?.Label).Should().Be(label, what);
        content.Position.Should().Be(0, "the caller reads the content from its start afterwards");
    }

    [Theory]
    [InlineData(".pdf", "PDF")]
    [InlineData(".PDF", "PDF")]
    [InlineData(".jpg", "JPEG")]
    [InlineData(".jpeg", "JPEG")]
    [InlineData(".docx", "Word (.docx)")]
    [InlineData(".exe", null)]
    [InlineData(".doc", null)]
    [InlineData("", null)]
    public void An_extension_names_at_most_one_accepted_type(string extension, string? label) =>
        (FileType.ForExtension(extension)?.Label).Should().Be(label);
}
