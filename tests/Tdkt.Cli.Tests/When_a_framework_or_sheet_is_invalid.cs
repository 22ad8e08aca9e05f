using FluentAssertions;

namespace Tdkt.Cli.Tests;

public sealed class When_a_framework_or_sheet_is_invalid
{
    private const string BrokenFramework = """
        id: hong
        name: Bảng điểm có lỗi
        scale: 100
        groups:
          - { id: g1, name: Nội dung 1, max: 60, criteria: [ { id: "1.1", name: Tiêu chí, max: 40 } ] }
        colour: red
        """;

    [Fact]
    public async Task A_bad_framework_fails_with_every_problem_by_path_and_no_result()
    {
        var framework = TdktCommand.TempFile("hong.yaml", BrokenFramework);

        var run = await TdktCommand.InProcessAsync("score", "--framework", framework, "--sheets", TdktCommand.Sample("db-huyen-vung-cao.yaml"));

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("Bảng điểm hong.yaml không hợp lệ (2 lỗi):")
            .And.Contain("groups[0].max: các tiêu chí cộng lại 40, nội dung ghi 60")
            .And.Contain("colour: ");
    }

    [Fact]
    public async Task A_bad_sheet_fails_with_every_problem_by_path_and_no_result()
    {
        var sheets = TdktCommand.TempFile("phieu.yaml", """
            units:
              - id: tua-chua
                name: UBND huyện Tủa Chùa
                criteria:
                  "1.8": { score: 45 }
                  "9.9": { score: 1 }
            """);

        var run = await TdktCommand.InProcessAsync("score", "--framework", TdktCommand.Shipped("db-huyen-vung-cao.yaml"), "--sheets", sheets);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("Phiếu chấm phieu.yaml không hợp lệ (2 lỗi):")
            .And.Contain("units[0].criteria[1.8].score: 45 vượt điểm tối đa 40")
            .And.Contain("units[0].criteria[9.9]: ");
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var run = await TdktCommand.InProcessAsync("score", "--framework", "khong-co.yaml", "--sheets", TdktCommand.Sample("yt-y-te.yaml"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("Không tìm thấy tệp").And.Contain("khong-co.yaml");
    }

    [Fact]
    public async Task An_unknown_format_is_refused()
    {
        var run = await TdktCommand.InProcessAsync("score", "--framework", TdktCommand.Shipped("yt-y-te.yaml"),
            "--sheets", TdktCommand.Sample("yt-y-te.yaml"), "--format", "xlsx");

        run.ExitCode.Should().NotBe(0);
        run.Output.Should().NotContain("\"units\"");
    }
}
