using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Tests;

/// <summary>The host and `tdkt token` are often started from different folders; they must still share one key and database.</summary>
public sealed class When_the_data_directory_is_resolved : IDisposable
{
    private readonly DirectoryInfo _repository = Directory.CreateTempSubdirectory("tdkt-repo-");
    private readonly DirectoryInfo _elsewhere = Directory.CreateTempSubdirectory("tdkt-elsewhere-");

    public When_the_data_directory_is_resolved() =>
        File.WriteAllText(Path.Combine(_repository.FullName, "Tdkt.slnx"), "<Solution />");

    [Fact]
    public void It_is_the_repository_s_data_folder_from_any_folder_inside_it()
    {
        var deep = Directory.CreateDirectory(Path.Combine(_repository.FullName, "tdkt-platform", "Tdkt.Host")).FullName;

        var fromRoot = DataDirectory.Resolve(Empty, _repository.FullName, _elsewhere.FullName);
        var fromDeep = DataDirectory.Resolve(Empty, deep, _elsewhere.FullName);

        fromRoot.Should().Be(Path.Combine(_repository.FullName, ".data"));
        fromDeep.Should().Be(fromRoot);
    }

    [Fact]
    public void It_is_the_repository_s_data_folder_when_started_outside_it_from_a_program_built_inside_it()
    {
        var program = Directory.CreateDirectory(Path.Combine(_repository.FullName, ".tools", "tdkt")).FullName;

        DataDirectory.Resolve(Empty, _elsewhere.FullName, program).Should().Be(Path.Combine(_repository.FullName, ".data"));
    }

    [Fact]
    public void Outside_any_repository_it_is_the_user_s_data_folder()
    {
        var resolved = DataDirectory.Resolve(Empty, _elsewhere.FullName, _elsewhere.FullName);

        resolved.Should().Be(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData,
            Environment.SpecialFolderOption.DoNotVerify), "tdkt"));
        Path.IsPathRooted(resolved).Should().BeTrue();
    }

    [Fact]
    public void The_configured_folder_wins_and_a_relative_one_is_read_from_the_current_directory()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ConfigKeys.DataDirectory] = "mine" }).Build();

        DataDirectory.Resolve(config, _repository.FullName, _repository.FullName).Should().Be(Path.Combine(_repository.FullName, "mine"));
    }

    private static readonly IConfiguration Empty = new ConfigurationBuilder().Build();

    public void Dispose()
    {
        _repository.Delete(recursive: true);
        _elsewhere.Delete(recursive: true);
    }
}
