using System.Text.Json;
using Tdkt.Contracts;

namespace Tdkt.Voting.Candidates;

/// <summary>The year's ScoresFinalized as appraisal sent it: the candidates, their ranks and the award proposals.</summary>
public sealed class FinalScores
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string Document { get; set; }
    public DateTimeOffset FinalizedAt { get; set; }

    public ScoresFinalized Scores => JsonSerializer.Deserialize<ScoresFinalized>(Document, Json)!;

    public static FinalScores From(ScoresFinalized m) =>
        new() { ClusterId = m.ClusterId, Year = m.Year, Document = JsonSerializer.Serialize(m, Json), FinalizedAt = m.FinalizedAt };
}
