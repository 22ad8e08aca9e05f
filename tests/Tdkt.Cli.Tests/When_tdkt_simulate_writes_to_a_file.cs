using FluentAssertions;

namespace Tdkt.Cli.Tests;

/// <summary>`tdkt simulate > year.txt`: the output is read later, by a person or a program.</summary>
public sealed class When_tdkt_simulate_writes_to_a_file : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("tdkt-cli-tmp-");

    [Fact]
    public async Task It_writes_plain_unwrapped_lines_and_leaves_no_temporary_folder()
    {
        // TMPDIR moves the command's temporary folder to where this test can see it.
        var run = await TdktCommand.ProcessAsync(new Dictionary<string, string> { ["TMPDIR"] = _temp.FullName }, TimeSpan.FromMinutes(4),
            "simulate", "--cluster", "dien-bien-vung-cao", "--year", "2022");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().NotContain("\u001b", "escape codes are noise in a file");
        var lines = run.Output.Split('\n');
        lines.Should().Contain(l => l.Contains("QUÁ HẠN: Gửi báo cáo tổng kết năm về Trưởng cụm") && l.Contains("nam-po") && l.Contains("DeadlineMissed"),
            "a long timeline line stays one line");
        lines.Should().Contain(l => l.Contains("Hội nghị tổng kết Cụm thi đua") && l.Contains("tua-chua: Hoàn thành đúng hạn"),
            "a summary row is not wrapped at a terminal's width");
        lines.Should().Contain("Kết thúc mô phỏng.");
        _temp.GetDirectories("tdkt-simulate-*").Should().BeEmpty();
    }

    [Fact]
    public async Task A_simulation_that_fails_says_why_in_one_line_and_leaves_no_temporary_folder_either()
    {
        // PostgreSQL without a connection string: the embedded host cannot start once the folder exists.
        var run = await TdktCommand.ProcessAsync(
            new Dictionary<string, string> { ["TMPDIR"] = _temp.FullName, ["Tdkt__Database__Provider"] = "postgres" }, TimeSpan.FromMinutes(1),
            "simulate");

        run.ExitCode.Should().Be(1);
        run.Error.TrimEnd().Split('\n').Should().ContainSingle().Which.Should().StartWith("Lỗi: ");
        _temp.GetDirectories("tdkt-simulate-*").Should().BeEmpty();
    }

    public void Dispose() => _temp.Delete(recursive: true);
}
