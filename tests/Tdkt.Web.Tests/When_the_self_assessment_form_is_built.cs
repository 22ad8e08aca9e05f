using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Model;
using Tdkt.Web.Pages.Unit;
using Tdkt.Web.Scoring;

namespace Tdkt.Web.Tests;

/// <summary>The form is generated from the framework (the Hà Đông points table has most criterion kinds) and scored by it.</summary>
public class When_the_self_assessment_form_is_built : BunitContext
{
    private static readonly Framework HaDong = Load("hd-quan-ha-dong.yaml");

    [Theory]
    [InlineData("1.1", "select[name='c[1.1].tier']", 5)]          // tiered: the four levels and "choose"
    [InlineData("1.2", "input[name='c[1.2].value']", 1)]          // rank: the unit's value
    [InlineData("1.3", "input[name='c[1.3].plan']", 1)]           // percent of plan: result and plan
    [InlineData("2.2", "input[name='c[2.2].score']", 1)]          // manual: the points themselves
    public void Each_criterion_kind_gets_its_own_input(string criterion, string selector, int count)
    {
        var c = HaDong.AllCriteria.Single(x => x.Id == criterion);
        var cut = Render<CriterionInputs>(p => p.Add(x => x.Criterion, c));
        var found = cut.FindAll(selector);
        (selector.StartsWith("select") ? found.Single().QuerySelectorAll("option").Length : found.Count).Should().Be(count);
        cut.FindAll($"input[name='c[{criterion}].evidence']").Should().ContainSingle("every criterion cites its evidence");
        cut.Find("label").TextContent.Should().Contain(c.Name);
    }

    [Fact]
    public void The_inputs_read_back_are_scored_by_the_scoring_library()
    {
        var form = Form(("c[1.1].tier", "htt"), ("c[2.2].score", "50"), ("c[2.2].evidence", "Báo cáo 12/BC-UBND, Quyết định 5/QĐ"));
        var inputs = SelfAssessmentForm.Read(HaDong, form);

        inputs.Keys.Should().BeEquivalentTo(["1.1", "2.2"]);
        inputs["2.2"].Evidence.Should().Equal("Báo cáo 12/BC-UBND", "Quyết định 5/QĐ");
        var scored = SelfAssessmentForm.Score(HaDong, "ha-dong", inputs);
        scored.Points["1.1"].Should().Be(90m);
        scored.Points["2.2"].Should().Be(50m);
        scored.Total.Should().BeGreaterThanOrEqualTo(140m);
    }

    [Fact]
    public void A_value_over_the_maximum_is_named_by_its_criterion_in_Vietnamese()
    {
        var scored = SelfAssessmentForm.Score(HaDong, "ha-dong", SelfAssessmentForm.Read(HaDong, Form(("c[2.2].score", "61"))));

        scored.Total.Should().BeNull();
        scored.Errors["2.2"].Should().ContainSingle().Which.Should().Contain("vượt điểm tối đa 60");
    }

    private static FormCollection Form(params (string Key, string Value)[] fields) =>
        new(fields.ToDictionary(f => f.Key, f => new StringValues(f.Value)));

    private static Framework Load(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Tdkt.slnx"))) dir = dir.Parent;
        return FrameworkLoader.Load(File.ReadAllText(Path.Combine(dir.FullName, "tdkt-platform", "frameworks", file))).Value!;
    }
}
