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

    // The dossier service counts a dossier's days late from the planned step that DossierSubmitted completes.
    [Fact]
    public void Every_kind_but_Dien_Bien_has_the_head_send_the_dossier_10_working_days_after_the_summary_conference()
    {
        var dossierSteps = ShippedDefinitions.Texts.ToDictionary(f => f.Key,
            f => WorkflowDefinitionLoader.Load(f.Value).Definition!.Steps.Where(s => s.CompletedBy.Event == "DossierSubmitted").ToList());

        dossierSteps.Where(d => d.Value.Count > 0).Select(d => d.Key).Should().BeEquivalentTo(
            "bk-cum-khoi-tinh.yaml", "bk-khoi-truong-hoc.yaml", "yt-cum-y-te.yaml", "hd-cum-khoi-quan.yaml");
        dossierSteps.Values.Should().OnlyContain(steps => steps.Count <= 1);
        dossierSteps.Values.SelectMany(s => s).Should().AllSatisfy(s =>
        {
            (s.Id, s.Actor, s.CompletedBy.Match).Should().Be(("dossier", Actor.Head, MatchScope.Cluster));
            s.Due.Should().Be(new RelativeRule("summary-conference", Direction.After, 10, true, Shift.Next));
            s.Source.Should().Contain("mặc định của nền tảng");
        });
    }

    // A path on one machine means nothing on another: the seed is named by its file name only.
    [Theory]
    [MemberData(nameof(Files))]
    public void Each_names_its_seed_by_file_name_never_by_a_path(string file) =>
        ShippedDefinitions.Texts[file].Should().NotContain("/seeds/").And.NotContain("shared/").And.NotContain("/work/");
}
