using System.Text.Json;
using FluentAssertions;

namespace Tdkt.Cli.Tests;

/// <summary>The real program (Program.cs's root), so the command is wired in and exit codes reach the shell.</summary>
public sealed class When_tdkt_score_runs_as_a_process
{
    [Fact]
    public async Task A_good_pair_of_files_exits_0_with_the_result()
    {
        var run = await TdktCommand.ProcessAsync("score", "--framework", TdktCommand.Shipped("bk-cum-huyen.yaml"), "--sheets", TdktCommand.Sample("bk-cum-huyen.yaml"));

        run.ExitCode.Should().Be(0, run.Error);
        JsonDocument.Parse(run.Output).RootElement.GetProperty("framework").GetString().Should().Be("bk-cum-huyen");
    }

    [Fact]
    public async Task A_sheet_for_another_framework_exits_1_with_the_report()
    {
        var run = await TdktCommand.ProcessAsync("score", "--framework", TdktCommand.Shipped("bk-cum-huyen.yaml"), "--sheets", TdktCommand.Sample("yt-y-te.yaml"));

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("Phiếu chấm yt-y-te.yaml không hợp lệ").And.Contain("units[0].criteria[1.7.1]");
    }
}
