using FluentAssertions;
using Tdkt.Calendar;
using Tdkt.Dossier.Versions;
using Tdkt.Testing;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Instances;

namespace Tdkt.Integration.Tests.Dossier;

/// <summary>
/// The plan the workflows runtime announces for a shipped definition, read as the dossier service reads it: the
/// dossier's due date and days late come from the step the definition has DossierSubmitted complete.
/// </summary>
public sealed class When_the_dossier_service_reads_a_shipped_workflow_plan
{
    [Fact]
    public void A_Bac_Kan_dossier_sent_on_2_March_2026_after_a_conference_on_6_February_is_3_days_late()
    {
        // 10 working days after Friday 6/2/2026, past the Tết break: Friday 27/2/2026.
        var plan = Announced("bk-cum-khoi-tinh", 2025, new DateOnly(2026, 2, 6));
        var sentOn = new ShiftedClock();
        sentOn.Offset = VietnamTime.At(new DateOnly(2026, 3, 2), new TimeOnly(9, 0)) - sentOn.GetUtcNow();

        Lateness.Of(plan, sentOn).Should().Be((new DateOnly(2026, 2, 27), 3));
    }

    [Fact]
    public void A_Dien_Bien_dossier_has_no_due_date_to_be_late_against() =>
        Lateness.Of(Announced("db-cum-vung-cao", 2022, new DateOnly(2023, 2, 17)), TimeProvider.System).Should().Be(((DateOnly?)null, (int?)null));

    private static Tdkt.Contracts.StepsPlanned Announced(string definitionId, int year, DateOnly conference)
    {
        var definition = WorkflowDefinitionLoader.Load(ShippedDefinitions.Texts[definitionId + ".yaml"]).Definition!;
        var instance = new WorkflowInstance
        {
            ClusterId = "cum-thu", Year = year, DefinitionId = definition.Id, DefinitionVersion = definition.Version,
            KnownDates = new() { ["summary-conference"] = conference },
        };
        return PlanAnnouncement.Of(instance, WorkflowPlanner.Plan(definition, year, instance.KnownDates, WorkingCalendar.Vietnam()), DateTimeOffset.UtcNow);
    }
}
