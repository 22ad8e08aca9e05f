using MassTransit;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Voting.Candidates;

/// <summary>Keeps the latest finalization of each cluster-year (a re-finalization replaces the candidates).</summary>
public sealed class ScoresFinalizedConsumer(VotingDb db, TimeProvider time) : IConsumer<ScoresFinalized>
{
    public Task Consume(ConsumeContext<ScoresFinalized> context) =>
        db.ConsumeOnceAsync(context, "voting.scores-finalized", time, async ct =>
        {
            var m = context.Message;
            var known = await db.FinalScores.FindAsync([m.ClusterId, m.Year], ct);
            if (known is null) db.FinalScores.Add(FinalScores.From(m));
            else if (known.FinalizedAt < m.FinalizedAt) (known.Document, known.FinalizedAt) = (FinalScores.From(m).Document, m.FinalizedAt);
        });
}
