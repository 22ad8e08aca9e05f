using System.Text.RegularExpressions;
using Tdkt.Workflows.Definitions;

namespace Tdkt.Workflows.Definitions.Tests;

public class When_an_administrator_copies_the_documented_example
{
    [Fact]
    public void It_loads_without_errors()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "workflows", "definitions", "README.md"));
        var example = Regex.Match(readme, "```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var result = WorkflowDefinitionLoader.Load(example);
        result.Errors.Should().BeEmpty();
        result.Definition!.Steps.Should().HaveCount(7);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "workflows", "definitions", "README.md"))) return dir.FullName;
        }
        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
