using Tdkt.Calendar;
using Tdkt.Workflows.Definitions;

namespace Tdkt.Workflows.Definitions.Tests;

/// <summary>Helpers over the shipped definitions and the official calendar.</summary>
internal static class Shipped
{
    public static readonly WorkingCalendar VietnamCalendar = WorkingCalendar.Vietnam();

    public static WorkflowDefinition Load(string id)
    {
        var result = WorkflowDefinitionLoader.Load(ShippedDefinitions.Texts[id + ".yaml"]);
        result.Errors.Should().BeEmpty();
        return result.Definition!;
    }

    public static StepDue Due(string definitionId, int year, string stepId, params (string Step, DateOnly Date)[] known) =>
        DueDateCalculator.Compute(Load(definitionId), year, known.ToDictionary(k => k.Step, k => k.Date), VietnamCalendar)
            .Single(d => d.StepId == stepId);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
