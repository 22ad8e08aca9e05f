using FsCheck;
using FsCheck.Fluent;
using Tdkt.Workflows.Definitions;
using static Tdkt.Workflows.Definitions.Tests.Shipped;

namespace Tdkt.Workflows.Definitions.Tests;

public class Properties_of_the_shipped_definitions_in_any_year
{
    private static readonly WorkflowDefinition[] Definitions =
        ShippedDefinitions.Texts.Keys.Select(f => Load(Path.GetFileNameWithoutExtension(f))).ToArray();

    /// <summary>A definition, a year, and a conference some time in the year after (or none).</summary>
    private static Arbitrary<(WorkflowDefinition Definition, int Year, DateOnly? Conference)> Cases() =>
        Arb.From(
            from definition in Gen.Elements(Definitions)
            from year in Gen.Choose(2000, 2060)
            from dayOffset in Gen.Choose(-1, 180)
            select (definition, year, dayOffset < 0 ? (DateOnly?)null : new DateOnly(year + 1, 1, 1).AddDays(dayOffset)));

    private static ClusterYearPlan PlanFor((WorkflowDefinition Definition, int Year, DateOnly? Conference) c) =>
        WorkflowPlanner.Plan(c.Definition, c.Year,
            c.Conference is { } day ? new Dictionary<string, DateOnly> { ["summary-conference"] = day } : [],
            VietnamCalendar);

    [Fact]
    public void Every_computed_deadline_is_a_working_day_ending_at_23_59_59_in_Vietnam()
    {
        // A date the head set is taken as it is (checked below); every other deadline is computed.
        Prop.ForAll(Cases(), c => PlanFor(c).Steps
                .Where(s => s.Due.IsDated && s.Due.Scheduled is null)
                .All(s => VietnamCalendar.IsWorkingDay(s.Due.Due!.Value)
                          && s.Due.DueAt!.Value.Offset == TimeSpan.FromHours(7)
                          && s.Due.DueAt.Value.TimeOfDay == new TimeSpan(23, 59, 59)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_step_whose_date_is_set_is_due_on_that_date()
    {
        Prop.ForAll(Cases(), c => PlanFor(c).Steps
                .Where(s => s.Step.Id == "summary-conference")
                .All(s => c.Conference is not { } conference
                    || (s.Due.Due == conference && s.Due.DueAt!.Value.TimeOfDay == new TimeSpan(23, 59, 59) && s.Due.Scheduled == conference)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Steps_before_the_conference_are_due_before_it_and_dated_exactly_when_it_is_known()
    {
        Prop.ForAll(Cases(), c => PlanFor(c).Steps
                .Where(s => s.Step.Due is RelativeRule { Direction: Direction.Before })
                .All(s => c.Conference is { } conference
                    ? s.Due.Due < conference
                    : !s.Due.IsDated && s.Due.NotDatedReason is not null))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Steps_after_the_conference_are_due_after_it_and_dated_exactly_when_it_is_known()
    {
        Prop.ForAll(Cases(), c => PlanFor(c).Steps
                .Where(s => s.Step.Due is RelativeRule { Direction: Direction.After })
                .All(s => c.Conference is { } conference
                    ? s.Due.Due > conference
                    : !s.Due.IsDated && s.Due.NotDatedReason is not null))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Reminders_are_ordered_on_working_days_and_never_after_the_deadline()
    {
        Prop.ForAll(Cases(), c => PlanFor(c).Steps.All(s =>
                s.Reminders.Zip(s.Reminders.Skip(1)).All(p => p.First.At < p.Second.At)
                && s.Reminders.All(r => VietnamCalendar.IsWorkingDay(r.Day) && r.At <= s.Due.DueAt)))
            .QuickCheckThrowOnFailure();
    }
}
