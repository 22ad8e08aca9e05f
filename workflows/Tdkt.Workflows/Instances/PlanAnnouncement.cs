using Tdkt.Contracts;
using Tdkt.Workflows.Definitions;
using Announced = Tdkt.Contracts.PlannedStep;

namespace Tdkt.Workflows.Instances;

/// <summary>A plan as the other services learn it: each step's completing event, its filter and its deadline.</summary>
public static class PlanAnnouncement
{
    public static StepsPlanned Of(WorkflowInstance instance, ClusterYearPlan plan, DateTimeOffset at) =>
        new(instance.ClusterId, instance.Year, instance.DefinitionId, instance.DefinitionVersion, instance.PlanRevision, at,
            plan.Steps.Select(p => new Announced(p.Step.Id, p.Step.Title, p.Step.CompletedBy.Event,
                new Dictionary<string, string>(p.Step.CompletedBy.Where), p.Due.Due, p.Due.DueAt)).ToList());
}
