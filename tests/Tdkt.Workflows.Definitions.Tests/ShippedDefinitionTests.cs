using Tdkt.Workflows.Definitions;

namespace Tdkt.Workflows.Definitions.Tests;

public class When_loading_the_shipped_definitions
{
    public static TheoryData<string> Files => new(ShippedDefinitions.Texts.Keys);

    [Fact]
    public void There_is_one_for_each_seeded_kind_of_cluster() =>
        ShippedDefinitions.Texts.Keys.Should().BeEquivalentTo(
            "bk-cum-khoi-tinh.yaml", "bk-khoi-truong-hoc.yaml", "yt-cum-y-te.yaml", "hd-cum-khoi-quan.yaml", "db-cum-vung-cao.yaml");

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_is_valid_published_and_cites_its_seed(string file)
    {
        var result = WorkflowDefinitionLoader.Load(ShippedDefinitions.Texts[file]);
        result.Errors.Should().BeEmpty();
        result.Definition!.Status.Should().Be(DefinitionStatus.Published);
        result.Definition.Seed.Should().MatchRegex(@"^00[0-4]_[0-9a-f]{16}\.txt");
        result.Definition.Id.Should().Be(Path.GetFileNameWithoutExtension(file));
        result.Definition.Steps.Should().OnlyContain(s => !string.IsNullOrWhiteSpace(s.Source));
    }

    // A path on one machine means nothing on another: the seed is named by its file name only.
    [Theory]
    [MemberData(nameof(Files))]
    public void Each_names_its_seed_by_file_name_never_by_a_path(string file) =>
        ShippedDefinitions.Texts[file].Should().NotContain("/seeds/").And.NotContain("shared/").And.NotContain("/work/");
}
