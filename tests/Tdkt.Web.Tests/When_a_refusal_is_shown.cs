using Bunit;
using Tdkt.Web.Admin;
using Tdkt.Web.Api;
using Tdkt.Web.Components.Shared;
using Tdkt.Web.Pages.Admin;

namespace Tdkt.Web.Tests;

public class When_a_refusal_is_shown : BunitContext
{
    private static readonly ApiProblem Problem = new()
    {
        Status = 400,
        Title = "Dữ liệu chưa hợp lệ",
        Detail = "Tên cụm/khối <b>không</b> được để trống.",
        Errors = new() { ["name"] = ["Tên cụm/khối <b>bắt buộc</b>."], ["emails[1]"] = ["Địa chỉ thư không hợp lệ."] },
    };

    [Fact]
    public void The_service_message_appears_in_Vietnamese_and_html_encoded()
    {
        var cut = Render<ProblemAlert>(p => p.Add(x => x.Problem, Problem));
        cut.Find("#problem").TextContent.Should().Contain("Tên cụm/khối <b>không</b> được để trống.");
        cut.Markup.Should().Contain("&lt;b&gt;không&lt;/b&gt;").And.NotContain("<b>");
    }

    [Fact]
    public void A_field_shows_its_own_messages_and_those_of_its_items()
    {
        var name = Render<FieldErrors>(p => p.Add(x => x.Problem, Problem).Add(x => x.Field, "name"));
        name.Find(".field-error").TextContent.Should().Be("Tên cụm/khối <b>bắt buộc</b>.");
        name.Markup.Should().Contain("&lt;b&gt;bắt buộc&lt;/b&gt;");
        var emails = Render<FieldErrors>(p => p.Add(x => x.Problem, Problem).Add(x => x.Field, "emails"));
        emails.FindAll(".field-error").Select(e => e.TextContent).Should().Equal("Địa chỉ thư không hợp lệ.");
    }

    [Fact]
    public void No_problem_renders_nothing()
    {
        Render<ProblemAlert>(p => p.Add(x => x.Problem, null)).Markup.Trim().Should().BeEmpty();
    }

    [Fact]
    public void A_diff_renders_removed_and_added_lines_encoded_with_no_stray_whitespace()
    {
        var cut = Render<DiffView>(p => p.Add(x => x.Lines, LineDiff.Compare("a: 1\nb: <x>", "a: 2\nb: <x>")));
        cut.Find("#diff").InnerHtml.Should().Be("<del>- a: 1</del><ins>+ a: 2</ins><span>  b: &lt;x&gt;</span>");
    }

    [Fact]
    public void A_preview_shows_each_step_with_its_due_date_and_reminders()
    {
        var json = System.Text.Json.JsonDocument.Parse("""
            {"steps":[{"stepId":"report","title":"Gửi báo cáo","due":"2022-12-26","dueText":"Thứ Hai, 26/12/2022","computed":"Theo quy chế",
              "reminders":[{"date":"2022-12-19","dateText":"Thứ Hai, 19/12/2022","passed":true,"recipients":[{"unitId":"u1","name":"Huyện Mường Nhé"}]}]},
             {"stepId":"vote","title":"Bỏ phiếu","due":null,"notDatedReason":"Chờ ngày hội nghị","reminders":[]}]}
            """).RootElement;
        var cut = Render<WorkflowPreview>(p => p.Add(x => x.Steps, PreviewReader.Steps(json)).Add(x => x.Caption, "Kế hoạch"));
        cut.Find("#preview-table tr[data-step=report] td.due").TextContent.Should().Be("Thứ Hai, 26/12/2022");
        cut.Find("#preview-table tr[data-step=vote] td.due").TextContent.Should().Be("Chờ ngày hội nghị");
        cut.Find("tr[data-step=report] .reminders").TextContent.Should().Contain("Thứ Hai, 19/12/2022").And.Contain("Huyện Mường Nhé").And.Contain("đã qua");
    }
}
