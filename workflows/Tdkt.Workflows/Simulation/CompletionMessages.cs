using Tdkt.Contracts;
using Tdkt.Workflows.Definitions;

namespace Tdkt.Workflows.Simulation;

/// <summary>The event another service would publish when a unit does what a step asks (the simulator plays those services).</summary>
public static class CompletionMessages
{
    public static object For(Completion completion, string clusterId, int year, string unitId, DateTimeOffset at)
    {
        var kind = completion.Where.GetValueOrDefault("kind") ?? "";
        return completion.Event switch
        {
            "CovenantSigned" => new CovenantSigned(clusterId, year, unitId, at),
            "RegistrationSubmitted" => new RegistrationSubmitted(clusterId, year, unitId, at, Guid.NewGuid(), 1, []),
            "ReportSubmitted" => new ReportSubmitted(clusterId, year, unitId, kind, at, Guid.NewGuid(), []),
            "SelfAssessmentSubmitted" => new SelfAssessmentSubmitted(Guid.NewGuid(), clusterId, year, unitId, 1, at, [], [], 0, null),
            "ScoresPublished" => new ScoresPublished(clusterId, year, completion.Where.GetValueOrDefault("audience") ?? "members", null, at),
            "ScoresFinalized" => new ScoresFinalized(clusterId, year, at, "", 0, [], []),
            "CrossInspectionCompleted" => new CrossInspectionCompleted(clusterId, year, at),
            "ConferenceHeld" => new ConferenceHeld(clusterId, year, kind, DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(7)).DateTime), at),
            "DossierSubmitted" => new DossierSubmitted(clusterId, year, 1, at, "simulation", new string('0', 64), [], null, null),
            _ => throw new NotSupportedException($"The simulator cannot play event {completion.Event}."),
        };
    }
}
