using Tdkt.Web.Admin;

namespace Tdkt.Web.Tests;

public class When_a_published_definition_starts_a_new_version
{
    private const string Published = "# Điện Biên\nid: db-cum-vung-cao\nversion: 1   # first\nstatus: published\ntitle: \"Cụm\"\nsteps:\n  - id: a\n    version: 7\n";

    [Fact]
    public void The_version_and_status_lines_are_rewritten_and_nothing_else()
    {
        var draft = DefinitionText.AsDraft(Published, 2);
        draft.Should().Be("# Điện Biên\nid: db-cum-vung-cao\nversion: 2   # first\nstatus: draft\ntitle: \"Cụm\"\nsteps:\n  - id: a\n    version: 7\n");
        DefinitionText.Version(draft).Should().Be(2);
        DefinitionText.Status(draft).Should().Be("draft");
        DefinitionText.Id(draft).Should().Be("db-cum-vung-cao");
    }

    [Fact]
    public void Missing_lines_are_added_after_the_id()
    {
        DefinitionText.AsDraft("id: x\ntitle: t\n", 3).Should().Be("id: x\nstatus: draft\nversion: 3\ntitle: t\n");
    }

    [Fact]
    public void Windows_line_ends_are_kept()
    {
        DefinitionText.AsDraft("id: x\r\nversion: 1\r\nstatus: published\r\n", 2).Should().Be("id: x\r\nversion: 2\r\nstatus: draft\r\n");
    }

    [Fact]
    public void Publishing_it_again_is_recognised_only_for_its_own_text()
    {
        // A browser's form sends a textarea with Windows line ends.
        DefinitionText.SameText(Published, Published.Replace("\n", "\r\n")).Should().BeTrue();
        DefinitionText.SameText(Published, Published.Replace("version: 7", "version: 8")).Should().BeFalse();
    }
}
