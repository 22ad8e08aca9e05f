namespace Tdkt.Workflows.Simulation;

public enum TimelineKind { Planned, DateSet, Reminder, Completed, Deadline, Missed }

/// <summary>One line of the simulated year, in Vietnamese.</summary>
public sealed record TimelineEntry(DateTimeOffset At, TimelineKind Kind, string Text);

/// <summary>How the simulated units behave.</summary>
/// <param name="MissedStep">The (step, unit) that is never done, to show an escalation.</param>
/// <param name="ConferenceDate">The summary conference the head sets on 1 December; null: the second Friday of January next year.</param>
public sealed record SimulationScript(string ClusterId, int Year, (string StepId, string UnitId)? MissedStep, DateOnly? ConferenceDate = null);
