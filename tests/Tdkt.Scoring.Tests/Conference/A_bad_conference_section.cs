using FluentAssertions;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Model;

namespace Tdkt.Scoring.Tests.Conference;

public class A_bad_conference_section
{
    private const string Minimal = """
        id: x
        name: X
        scale: 10
        groups: [ { id: g, name: G, max: 10, criteria: [ { id: a, name: A, max: 10 } ] } ]

        """;

    private static IEnumerable<string> Errors(string conference) =>
        FrameworkLoader.Load(Minimal + conference).Errors.Select(e => e.ToString());

    [Fact]
    public void Is_refused_with_the_path_of_every_bad_value_and_unknown_key()
    {
        Errors("""
            conference:
              quorum: half
              majority_of: everyone
              method: show-of-hands
              leadership: lottery
              deputy: rotation
            """).Should().BeEquivalentTo(
            "conference.quorum: \"half\" không hợp lệ; dùng all, two-thirds hoặc majority",
            "conference.majority_of: \"everyone\" không hợp lệ; dùng members hoặc present",
            "conference.method: \"show-of-hands\" không hợp lệ; dùng consensus hoặc ballot",
            "conference.leadership: \"lottery\" không hợp lệ; dùng election hoặc rotation",
            "conference.deputy: Khóa không được hỗ trợ");
    }

    [Fact]
    public void That_is_not_a_mapping_is_refused()
    {
        Errors("conference: all").Should().Equal("conference: Phải là một bảng khóa: giá trị");
    }

    [Fact]
    public void That_is_absent_gives_the_default_rules_and_missing_keys_take_theirs()
    {
        FrameworkLoader.Load(Minimal).GetValueOrThrow().Conference.Should().Be(ConferenceRules.Default);
        FrameworkLoader.Load(Minimal + "conference: { quorum: all }").GetValueOrThrow().Conference
            .Should().Be(ConferenceRules.Default with { Quorum = "all" });
    }
}
