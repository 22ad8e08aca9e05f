using System.Text.RegularExpressions;
using FluentAssertions;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Loading;

namespace Tdkt.Scoring.Tests.Frameworks;

public class The_format_documentation
{
    private static List<string> YamlBlocks()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "frameworks", "README.md"));
        return Regex.Matches(text, "```yaml\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public void Its_full_framework_example_loads_and_its_sheets_example_scores_against_it()
    {
        var blocks = YamlBlocks();
        var framework = FrameworkLoader.Load(blocks[0]);
        framework.Errors.Should().BeEmpty();

        var sheets = SheetsLoader.Load(blocks[1], framework.Value!);
        sheets.Errors.Should().BeEmpty();
        var unit = ClusterScorer.Score(framework.Value!, sheets.Value!).GetValueOrThrow().Units.Single();

        // 8,5 (1.1) + 9 (1.2 htt) + 5 (1.3: 520/500 capped) + 0 + 0 + 0 + (0 + 3 − 6 × 0,25 = 1,5) + (3 × 0,5 + 1 = 2,5)
        unit.GroupsTotal.Should().Be(8.5m + 9 + 5 + 1.5m + 2.5m);
        unit.Bonus.Should().Be(2.5m + 5);                          // T1 and the head's T-CT
        unit.Total.Should().Be(26.5m + 7.5m - 3);                   // − khiển trách
        unit.Status.Should().Be(UnitStatus.Deferred);
    }
}
