using Tdkt.Calendar;
using Tdkt.Workflows.Definitions;
using static Tdkt.Workflows.Definitions.Tests.Shipped;

namespace Tdkt.Workflows.Definitions.Tests;

public class When_a_cluster_year_is_expanded_into_reminders
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private readonly PlannedStep _selfAssessment = WorkflowPlanner
        .Plan(Load("bk-cum-khoi-tinh"), 2025, new Dictionary<string, DateOnly> { ["summary-conference"] = D(2026, 1, 20) }, VietnamCalendar)
        .Steps.Single(s => s.Step.Id == "self-assessment");

    [Fact]
    public void Reminders_fall_7_3_1_and_0_working_days_before_at_08_00()
    {
        // Due Sat 10/1/2026 (make-up working day). 1 before: Fri 9/1. 3 before: 9, 8, Wed 7/1.
        // 7 before: 9, 8, 7, 6, 5 (five), 2/1 and 1/1 off, 31/12 (6), Tue 30/12/2025 (7).
        _selfAssessment.Reminders.Select(r => r.At).Should().Equal(
            new DateTimeOffset(2025, 12, 30, 8, 0, 0, Vietnam),
            new DateTimeOffset(2026, 1, 7, 8, 0, 0, Vietnam),
            new DateTimeOffset(2026, 1, 9, 8, 0, 0, Vietnam),
            new DateTimeOffset(2026, 1, 10, 8, 0, 0, Vietnam));
    }

    [Fact]
    public void The_step_is_missed_at_midnight_after_the_due_day() =>
        _selfAssessment.MissedAt.Should().Be(new DateTimeOffset(2026, 1, 11, 0, 0, 0, Vietnam));

    [Fact]
    public void The_reminder_time_can_be_configured()
    {
        var definition = Load("hd-cum-khoi-quan") with { };
        var step = definition.Steps.Single(s => s.Id == "mid-year-review");
        var custom = definition with { Steps = [step with { Reminders = step.Reminders with { At = null } }] };
        var plan = WorkflowPlanner.Plan(custom, 2025, new Dictionary<string, DateOnly>(), VietnamCalendar, new PlanOptions(new TimeOnly(14, 30)));
        // Due Tue 29/7/2025: on the day, at 14:30.
        plan.Steps[0].Reminders.Last().At.Should().Be(new DateTimeOffset(2025, 7, 29, 14, 30, 0, Vietnam));
    }

    [Fact]
    public void A_step_without_a_date_has_no_reminders_yet()
    {
        var plan = WorkflowPlanner.Plan(Load("bk-cum-khoi-tinh"), 2025, new Dictionary<string, DateOnly>(), VietnamCalendar);
        var step = plan.Steps.Single(s => s.Step.Id == "self-assessment");
        (step.Reminders.Count, step.MissedAt).Should().Be((0, null));
    }
}

public class When_the_conference_date_is_moved
{
    [Fact]
    public void Every_dependent_deadline_moves_and_the_others_stay()
    {
        var definition = Load("db-cum-vung-cao");
        DateOnly? DueOf(DateOnly conference, string step) => DueDateCalculator
            .Compute(definition, 2025, new Dictionary<string, DateOnly> { ["summary-conference"] = conference }, VietnamCalendar)
            .Single(d => d.StepId == step).Due;

        // Moving the conference from Tue 3/3 to Tue 10/3/2026 moves every "before" deadline by a week.
        DueOf(D(2026, 3, 10), "scores-to-board").Should().Be(D(2026, 2, 27)); // 10/3 − 10 days = Sat 28/2: Friday 27/2
        DueOf(D(2026, 3, 10), "draft-report-to-members").Should().Be(D(2026, 3, 5));
        DueOf(D(2026, 3, 10), "annual-report").Should().Be(DueOf(D(2026, 3, 3), "annual-report"));
    }

    [Fact]
    public void A_conference_set_after_its_own_deadline_is_flagged()
    {
        // BK 2025's summary is due by 30/1/2026; a date of 5/2/2026 is late.
        var due = Due("bk-cum-khoi-tinh", 2025, "summary-conference", ("summary-conference", D(2026, 2, 5)));
        (due.Scheduled, due.ScheduledAfterDue).Should().Be((D(2026, 2, 5), true));
        (due.Due, due.RuleDue).Should().Be((D(2026, 2, 5), D(2026, 1, 30)));
    }

    [Fact]
    public void A_conference_set_within_its_deadline_is_due_that_day_with_its_reminders_before_it()
    {
        // Điện Biên 2022: the rule allows the whole first quarter; the head set Friday 13/1/2023.
        var plan = WorkflowPlanner.Plan(Load("db-cum-vung-cao"), 2022,
            new Dictionary<string, DateOnly> { ["summary-conference"] = D(2023, 1, 13) }, VietnamCalendar);
        var conference = plan.Steps.Single(s => s.Step.Id == "summary-conference");

        (conference.Due.Due, conference.Due.RuleDue, conference.Due.ScheduledAfterDue).Should().Be((D(2023, 1, 13), D(2023, 3, 31), false));
        conference.Reminders.Should().OnlyContain(r => r.Day <= D(2023, 1, 13));
        conference.MissedAt.Should().Be(VietnamTime.At(D(2023, 1, 14), TimeOnly.MinValue));
    }
}
