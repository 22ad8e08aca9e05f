namespace Tdkt.Registry.Clusters;

/// <summary>The head and deputy units the summary conference of <paramref name="DecidedAtYear"/> chose for <paramref name="ForYear"/>.</summary>
/// <param name="How">election (ballot rounds) or rotation (the cluster's rule, no vote), as the voting service sent it.</param>
public sealed record NextLeadership(int ForYear, string Head, string? Deputy, string How, int DecidedAtYear, DateTimeOffset DecidedAt);
