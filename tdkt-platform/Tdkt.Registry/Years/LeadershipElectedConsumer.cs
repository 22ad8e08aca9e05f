using MassTransit;
using Microsoft.Extensions.Logging;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;
using Tdkt.Registry.Clusters;

namespace Tdkt.Registry.Years;

/// <summary>
/// The summary conference of a year chose the head and deputy for the next one. A next year still being prepared
/// takes them (when they are its members); one not created yet gets them when it is created (Cluster.NextLeadership);
/// an opened year keeps the head it was announced with: its workflows and appraisal already count on it.
/// </summary>
public sealed class LeadershipElectedConsumer(RegistryDb db, TimeProvider time, ILogger<LeadershipElectedConsumer> log)
    : IConsumer<LeadershipElected>
{
    public Task Consume(ConsumeContext<LeadershipElected> context) =>
        db.ConsumeOnceAsync(context, "registry.leadership-elected", time, async ct =>
        {
            var m = context.Message;
            if (await db.Clusters.FindAsync([m.ClusterId], ct) is not { } cluster)
            {
                log.LogWarning("Leadership for {ClusterId}/{ForYear} elected, but the registry has no such cluster", m.ClusterId, m.ForYear);
                return;
            }
            var year = await db.Years.FindAsync([m.ClusterId, m.ForYear], ct);
            if (year is null) Remember(cluster, m);
            else if (year.OpenedAt is not null)
                log.LogWarning("Leadership for {ClusterId}/{ForYear} elected at the {Year} conference, but that year is already open: head {Head} kept, {Elected} not applied",
                    m.ClusterId, m.ForYear, m.Year, year.HeadUnitId, m.HeadUnitId);
            else if (!year.MemberUnitIds.Contains(m.HeadUnitId) || m.DeputyUnitId is { } d && (d == m.HeadUnitId || !year.MemberUnitIds.Contains(d)))
                log.LogWarning("Leadership for {ClusterId}/{ForYear} elected (head {Head}, deputy {Deputy}) is not among that year's members: the year is kept as it is",
                    m.ClusterId, m.ForYear, m.HeadUnitId, m.DeputyUnitId);
            else
            {
                year.HeadUnitId = m.HeadUnitId;
                year.DeputyUnitId = m.DeputyUnitId;
            }
        });

    private void Remember(Cluster cluster, LeadershipElected m)
    {
        // Decisions for the same year may arrive out of order: the one decided last is kept.
        if (cluster.NextLeadership is { } pending && pending.ForYear == m.ForYear && pending.DecidedAt > m.DecidedAt)
        {
            log.LogInformation("Leadership for {ClusterId}/{ForYear} decided at {DecidedAt} is older than the one kept", m.ClusterId, m.ForYear, m.DecidedAt);
            return;
        }
        cluster.NextLeadership = new NextLeadership(m.ForYear, m.HeadUnitId, m.DeputyUnitId, m.How, m.Year, m.DecidedAt);
    }
}
