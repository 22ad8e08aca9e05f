using FluentAssertions;
using Tdkt.Platform.Files;

namespace Tdkt.Platform.Tests;

public sealed class When_a_user_file_name_is_shown
{
    [Theory]
    [InlineData("Báo cáo tổng kết năm 2025.pdf", "Báo cáo tổng kết năm 2025.pdf")]
    [InlineData("C:\\Users\\van-thu\\Báo cáo.docx", "Báo cáo.docx")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("bao\u0000cao\n.pdf", "baocao.pdf")]
    [InlineData("anh\u202Egnp.exe", "anhgnp.exe")]
    [InlineData("  .hidden.pdf ", "hidden.pdf")]
    [InlineData("", "tệp")]
    [InlineData(null, "tệp")]
    public void It_keeps_the_name_without_folders_or_invisible_characters(string? given, string shown) =>
        DisplayName.Of(given).Should().Be(shown);

    [Fact]
    public void A_name_written_with_combining_marks_is_shown_composed() =>
        DisplayName.Of("Ba\u0301o ca\u0301o.pdf").Should().Be("Báo cáo.pdf");

    [Fact]
    public void A_long_name_is_cut_keeping_its_extension()
    {
        var shown = DisplayName.Of(new string('đ', 300) + ".xlsx");

        shown.Length.Should().Be(DisplayName.MaxLength);
        shown.Should().EndWith("đ.xlsx");
    }
}
