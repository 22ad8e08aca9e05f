using System.Diagnostics;
using FluentAssertions;
using Tdkt.Platform.Hosting;

namespace Tdkt.Cli.Tests;

/// <summary>The real program: one line saying what is wrong, a non-zero exit code, never a stack trace.</summary>
public sealed class When_the_cli_is_given_bad_input : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("tdkt-cli-data-");

    [Fact]
    public async Task A_token_for_a_hundred_million_hours_is_refused()
    {
        var run = await Tdkt("token", "--role", "admin", "--hours", "100000000");

        ShouldBeRefused(run, exitCode: 2);
        run.Error.Should().Contain("--hours phải từ 1 đến 720 giờ");
    }

    [Theory]
    [InlineData("king", null, "Vai trò 'king' không hợp lệ")]
    [InlineData("unit", null, "Vai trò unit cần --unit")]
    [InlineData("head", "Tua Chua", "Mã đơn vị 'Tua Chua'")]
    [InlineData("admin", "nam-po", "Vai trò admin không gắn với đơn vị")]
    public async Task A_token_for_an_unknown_role_or_a_wrong_unit_is_refused(string role, string? unit, string message)
    {
        var run = await Tdkt(unit is null ? ["token", "--role", role] : ["token", "--role", role, "--unit", unit]);

        ShouldBeRefused(run, exitCode: 2);
        run.Error.Should().StartWith(message);
    }

    [Fact]
    public async Task An_argument_that_does_not_parse_is_named_without_the_whole_help()
    {
        var run = await Tdkt("token", "--role", "admin", "--hours", "abc");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("'abc'").And.Contain("tdkt token --help").And.NotContain("Options:");
        run.Error.Should().NotContain("   at ");
    }

    [Fact]
    public async Task Importing_a_missing_file_names_it()
    {
        var run = await Tdkt("import", Path.Combine(_data.FullName, "khong-co.yaml"));

        ShouldBeRefused(run, exitCode: 2);
        run.Error.Should().StartWith("Không tìm thấy tệp").And.Contain("khong-co.yaml");
    }

    [Theory]
    [InlineData("clusters: [\n  - id: x\n", "dòng 2")]
    [InlineData("id: yt-y-te\nscale: 1000\n", "Property 'id' not found")]
    [InlineData("", "không có cụm/khối hay người dùng nào")]
    public async Task Importing_a_file_that_is_not_a_registry_file_says_why_and_writes_nothing(string text, string reason)
    {
        var run = await Tdkt("import", TdktCommand.TempFile("dang-ky.yaml", text));

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("dang-ky.yaml").And.Contain(reason).And.NotContain("   at ");
        _data.GetFiles().Should().BeEmpty("a file that cannot be read is refused before the database is opened");
    }

    [Fact]
    public async Task Simulating_an_unknown_cluster_fails_at_once_and_names_the_known_ones()
    {
        var clock = Stopwatch.StartNew();
        var run = await Tdkt("simulate", "--cluster", "nope");

        ShouldBeRefused(run, exitCode: 2);
        run.Error.Should().Contain("'nope'").And.Contain("dien-bien-vung-cao").And.Contain("bac-kan-huyen-thanh-pho");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15), "the cluster is checked before the host starts, not after its 30 s wait");
    }

    [Fact]
    public async Task Simulating_a_year_the_demo_data_does_not_have_is_refused() =>
        ShouldBeRefused(await Tdkt("simulate", "--cluster", "dien-bien-vung-cao", "--year", "2030"), exitCode: 2);

    [Fact]
    public async Task A_failure_while_running_is_one_line_and_exit_code_1()
    {
        var run = await TdktCommand.ProcessAsync(Environment(("Tdkt__Database__Provider", "postgres")), TimeSpan.FromMinutes(1), "migrate");

        ShouldBeRefused(run, exitCode: 1);
        run.Error.Should().StartWith("Lỗi: ").And.Contain(ConfigKeys.PostgresConnection);
    }

    private static void ShouldBeRefused(Run run, int exitCode)
    {
        run.ExitCode.Should().Be(exitCode, run.Error);
        run.Output.Should().BeEmpty();
        run.Error.TrimEnd().Split('\n').Should().ContainSingle("one clear line, not a stack trace: {0}", run.Error);
    }

    private Task<Run> Tdkt(params string[] args) => TdktCommand.ProcessAsync(Environment(), TimeSpan.FromMinutes(1), args);

    private Dictionary<string, string> Environment(params (string Key, string Value)[] more)
    {
        var environment = new Dictionary<string, string> { [ConfigKeys.AsEnvironmentVariable(ConfigKeys.DataDirectory)] = _data.FullName };
        foreach (var (key, value) in more) environment[key] = value;
        return environment;
    }

    public void Dispose() => _data.Delete(recursive: true);
}
