using Tdkt.Web.Admin;

namespace Tdkt.Web.Tests;

public class When_two_versions_are_compared
{
    private static string Show(IEnumerable<DiffLine> lines) =>
        string.Join("|", lines.Select(l => (l.Kind switch { DiffKind.Removed => "-", DiffKind.Added => "+", _ => " " }) + l.Text));

    [Fact]
    public void Equal_texts_are_all_kept_lines()
    {
        var diff = LineDiff.Compare("id: a\nversion: 1\n", "id: a\nversion: 1\n");
        diff.Should().OnlyContain(l => l.Kind == DiffKind.Same).And.HaveCount(2);
    }

    [Fact]
    public void A_changed_line_is_removed_then_added_in_place()
    {
        var diff = LineDiff.Compare("id: a\nversion: 1\nstatus: published", "id: a\nversion: 2\nstatus: published");
        Show(diff).Should().Be(" id: a|-version: 1|+version: 2| status: published");
    }

    [Fact]
    public void Inserted_and_deleted_lines_keep_the_longest_common_part()
    {
        var diff = LineDiff.Compare("a\nb\nc\nd\ne", "a\nc\nd\nx\ne");
        Show(diff).Should().Be(" a|-b| c| d|+x| e");
    }

    [Fact]
    public void Empty_texts_compare_to_everything_added_or_removed()
    {
        Show(LineDiff.Compare("", "a\nb")).Should().Be("+a|+b");
        Show(LineDiff.Compare("a\nb", "")).Should().Be("-a|-b");
        LineDiff.Compare("", "").Should().BeEmpty();
    }

    [Fact]
    public void Windows_line_ends_do_not_count_as_changes()
    {
        LineDiff.Compare("a\r\nb\r\n", "a\nb").Should().OnlyContain(l => l.Kind == DiffKind.Same);
    }

    [Fact]
    public void Reading_the_diff_back_gives_both_texts()
    {
        var before = "steps:\n  - id: a\n    due: 30/06\n  - id: b\n    due: 15/12\n";
        var after = "steps:\n  - id: a\n    due: 01/07\n  - id: c\n  - id: b\n    due: 15/12\n";
        var diff = LineDiff.Compare(before, after);
        string.Join("\n", diff.Where(l => l.Kind != DiffKind.Added).Select(l => l.Text)).Should().Be(before.TrimEnd('\n'));
        string.Join("\n", diff.Where(l => l.Kind != DiffKind.Removed).Select(l => l.Text)).Should().Be(after.TrimEnd('\n'));
        diff.Count(l => l.Kind == DiffKind.Same).Should().Be(4);
    }
}
