using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Sheets;
using Tdkt.Web.Intake;
using Tdkt.Web.Scoring;

namespace Tdkt.Web.Tests;

/// <summary>Pure reading of the new forms: registration numbers and lines, and a draft shown again as the form's values.</summary>
public class When_forms_are_read_back
{
    [Theory]
    [InlineData("1.000", 1000)]
    [InlineData("3.2", 3.2)]
    [InlineData("2,5", 2.5)]
    [InlineData("1.234,5", 1234.5)]
    public void A_target_is_read_as_Vietnamese_write_it(string text, double expected) =>
        RegistrationForm.Number(text).Should().Be((decimal)expected);

    [Fact]
    public void A_model_line_splits_into_its_name_and_description() =>
        RegistrationForm.Split("Mô hình dân vận khéo – xã Phình Giàng").Should().Be(("Mô hình dân vận khéo", "xã Phình Giàng"));

    [Fact]
    public void A_draft_shown_again_reads_back_to_the_same_inputs()
    {
        var fw = FrameworkLoader.Load(File.ReadAllText(Find("db-huyen-vung-cao.yaml"))).Value!;
        var criteria = new Dictionary<string, CriterionInput> { ["1.1"] = new() { Value = 300, Plan = 500, Evidence = ["BC 12"] }, ["1.8"] = new() { Score = 30 } };
        var bonus = new Dictionary<string, CriterionInput> { ["T-CT"] = new() { Done = true } };
        var form = SelfAssessmentForm.ToForm(criteria, bonus);
        SelfAssessmentForm.Read(fw, form)["1.1"].Should().BeEquivalentTo(criteria["1.1"] with { Done = null });
        SelfAssessmentForm.Read(fw, form)["1.8"].Score.Should().Be(30);
        SelfAssessmentForm.ReadBonus(fw, form, isHead: true)["T-CT"].Done.Should().BeTrue();
        SelfAssessmentForm.ReadBonus(fw, form, isHead: false).Should().BeEmpty("only the head fills the head's bonus");
    }

    private static string Find(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Tdkt.slnx"))) dir = dir.Parent;
        return Path.Combine(dir.FullName, "tdkt-platform", "frameworks", name);
    }
}
