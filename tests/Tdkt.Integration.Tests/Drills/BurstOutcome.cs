namespace Tdkt.Integration.Tests.Drills;

/// <summary>What a <see cref="SubmissionBurst"/> sent and what intake answered.</summary>
/// <param name="Failures">Attempts that got no 201, by reason; each was tried again.</param>
/// <param name="GaveUp">Submissions still not accepted when their clients stopped trying.</param>
/// <param name="Faults">When each fault began and ended, counted in accepted submissions.</param>
public sealed record BurstOutcome(int Submissions, int Clients, IReadOnlyList<AcceptedSubmission> Accepted,
    IReadOnlyDictionary<string, int> Failures, int GaveUp, IReadOnlyList<string> Faults, TimeSpan Took)
{
    public int FailedAttempts => Failures.Values.Sum();

    public override string ToString() =>
        $"{Submissions} submissions from {Clients} clients in {Took.TotalSeconds:0.0} s: {Accepted.Count} accepted (201), "
        + $"{FailedAttempts} failed attempts tried again{(Failures.Count == 0 ? "" : $" ({string.Join(", ", Failures.Select(f => $"{f.Key}: {f.Value}"))})")}, "
        + $"{GaveUp} given up; {string.Join("; ", Faults)}";
}
