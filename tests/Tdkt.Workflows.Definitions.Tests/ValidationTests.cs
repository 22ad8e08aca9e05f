using Tdkt.Workflows.Definitions;

namespace Tdkt.Workflows.Definitions.Tests;

public class When_a_definition_has_several_mistakes
{
    private const string Broken = """
        id: Cum-Thu
        version: 0
        status: released
        title: "Thử"
        seed: "000_feb39f9c9f96780e.txt"
        colour: red
        steps:
          - id: covenant-signing
            title: "Ký kết giao ước"
            actor: everybody
            completedBy: { event: covenant_signed, match: unit }
            due: { quarter: 5 }
          - id: covenant-signing
            title: "Trùng mã"
            actor: board
            completedBy: { event: CovenantSigned, match: unit }
            due: { date: "31/02" }
          - id: report
            actor: each-member
            completedBy: { event: ReportSubmitted, match: unit }
            due: { before: report, days: 5 }
            reminders: { workingDaysBefore: [3, 3], at: "8h" }
          - id: self-assessment
            title: "Tự chấm điểm"
            actor: each-member
            completedBy: { event: SelfAssessmentSubmitted, match: unit }
            due: { before: summary-conference, workingDays: 7 }
            onMissed: { deduct: -2, notify: [everyone] }
        """;

    private readonly IReadOnlyList<string> _errors =
        WorkflowDefinitionLoader.Load(Broken).Errors.Select(e => e.ToString()).ToList();

    [Fact]
    public void Every_problem_is_reported_with_its_path_in_one_pass()
    {
        _errors.Should().Contain([
            "id: mã 'Cum-Thu' chỉ gồm chữ thường không dấu, số và dấu '-' (tối đa 63 ký tự)",
            "version: phải là số nguyên từ 1 đến 100000, không phải '0'",
            "status: giá trị 'released' không hợp lệ; chọn một trong: draft, published",
            "steps[0].actor: giá trị 'everybody' không hợp lệ; chọn một trong: each-member, head, deputy, cluster, board",
            "steps[0].due.quarter: phải là số nguyên từ 1 đến 4, không phải '5'",
            "steps[1].id: mã bước 'covenant-signing' trùng với steps[0]",
            "steps[1].due.date: ngày '31/02' không hợp lệ (định dạng dd/MM, ví dụ 30/07)",
            "steps[2].title: thiếu trường bắt buộc",
            "steps[2].due.before: một bước không thể lấy chính nó làm mốc",
            "steps[2].reminders.workingDaysBefore[1]: mốc nhắc 3 bị lặp",
            "steps[2].reminders.at: giờ '8h' không hợp lệ (định dạng HH:mm, ví dụ 08:00)",
            "steps[3].due.before: không có bước 'summary-conference'",
            "steps[3].onMissed.deduct: phải là số không âm, không phải '-2'",
            "steps[3].onMissed.notify[0]: giá trị 'everyone' không hợp lệ; chọn một trong: unit, head, deputy, board",
        ]);
    }

    [Fact]
    public void Unknown_fields_event_spelling_and_impossible_matches_are_reported_too()
    {
        _errors.Should().Contain(e => e.StartsWith("colour: trường không được hỗ trợ"));
        _errors.Should().Contain(e => e.StartsWith("steps[0].completedBy.event: tên sự kiện 'covenant_signed'"));
        _errors.Should().Contain(e => e.StartsWith("steps[1].completedBy.match: match: unit chỉ dùng khi"));
    }

    [Fact]
    public void No_definition_is_returned()
    {
        WorkflowDefinitionLoader.Load(Broken).Definition.Should().BeNull();
    }
}

public class When_a_due_rule_is_ambiguous
{
    private static IReadOnlyList<string> ErrorsFor(string due) =>
        WorkflowDefinitionLoader.Load($$"""
            id: x
            version: 1
            status: draft
            title: "X"
            seed: "s"
            steps:
              - id: a
                title: "A"
                actor: head
                completedBy: { event: ConferenceHeld, match: cluster }
                due: {{due}}
            """).Errors.Select(e => e.ToString()).ToList();

    [Fact]
    public void Two_kinds_at_once_are_refused() =>
        ErrorsFor("{ quarter: 1, month: 3 }").Should().Contain(e => e.StartsWith("steps[0].due: phải chọn đúng một kiểu hạn"));

    [Fact]
    public void A_relative_rule_needs_exactly_one_of_working_days_or_days() =>
        ErrorsFor("{ before: a, workingDays: 7, days: 5 }").Should()
            .Contain("steps[0].due: cần đúng một trong workingDays (ngày làm việc) hoặc days (ngày lịch)");

    [Fact]
    public void A_day_count_on_a_fixed_date_is_refused() =>
        ErrorsFor("{ date: \"30/06\", days: 5 }").Should().Contain("steps[0].due.days: chỉ dùng với before hoặc after");

    [Fact]
    public void A_correct_rule_gives_no_error() =>
        ErrorsFor("{ date: \"30/06\", shift: none }").Should().BeEmpty();
}

public class When_the_YAML_itself_is_broken
{
    [Fact]
    public void The_error_gives_the_line()
    {
        var result = WorkflowDefinitionLoader.Load("id: x\nsteps: [\n");
        result.Errors.Should().ContainSingle().Which.Path.Should().StartWith("(dòng ");
    }
}
