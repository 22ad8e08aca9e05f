namespace Tdkt.Workflows.Definitions;

/// <param name="Title">Vietnamese, shown to users.</param>
/// <param name="Source">Where in the seed this step and its deadline come from.</param>
public sealed record StepDefinition(
    string Id,
    string Title,
    Actor Actor,
    Completion CompletedBy,
    DueRule Due,
    ReminderPlan Reminders,
    MissPolicy OnMissed,
    string? Source = null);

/// <summary>Who must act. EachMember means one obligation per member unit.</summary>
public enum Actor { EachMember, Head, Deputy, Cluster, Board }

/// <summary>
/// The contract event that completes the step. Unit: the event's unit must be the unit
/// that owes the step (each member, or this year's head/deputy). Cluster: any event for
/// the cluster-year completes it. Every pair in <paramref name="Where"/> must equal the
/// event's field of that name (e.g. kind: annual).
/// </summary>
public sealed record Completion(string Event, MatchScope Match, IReadOnlyDictionary<string, string> Where);

public enum MatchScope { Unit, Cluster }

/// <param name="WorkingDaysBefore">0 means on the due day itself.</param>
/// <param name="At">Local time of day; null means the planner's default.</param>
public sealed record ReminderPlan(IReadOnlyList<int> WorkingDaysBefore, TimeOnly? At)
{
    public static readonly ReminderPlan None = new([], null);
}

/// <summary>What happens when the deadline passes without the completing event.</summary>
/// <param name="Deduct">Points deducted from the unit that missed it (BK: −2 per breach).</param>
/// <param name="Exclude">The unit is not considered this year (không xét thi đua).</param>
public sealed record MissPolicy(decimal Deduct, bool Exclude, IReadOnlyList<Recipient> Notify)
{
    public static readonly MissPolicy Nothing = new(0, false, []);
}

public enum Recipient { Unit, Head, Deputy, Board }
