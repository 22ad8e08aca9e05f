using Tdkt.Contracts;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Problems;

namespace Tdkt.Intake.Registrations;

public static class FrameworkTargets
{
    /// <summary>
    /// Targets checked against the year's scoring framework: an unknown criterion, or one that is not
    /// scored against a plan, named in Vietnamese. Intake has no copy of the framework yet, so nothing is
    /// refused here for now: the lead wires it once ClusterYearCopy carries the year's framework.
    /// </summary>
    public static Validation CheckTargetsAgainstFramework(ClusterYearCopy year, IReadOnlyList<RegisteredTarget> targets) => new();
}
