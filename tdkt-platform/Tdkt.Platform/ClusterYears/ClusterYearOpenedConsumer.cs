using MassTransit;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Platform.ClusterYears;

/// <summary>Keeps the service's copy of a cluster-year; a later announcement of the same year replaces it.</summary>
public sealed class ClusterYearOpenedConsumer<TDb>(TDb db, TimeProvider time) : IConsumer<ClusterYearOpened>
    where TDb : ClusterYearsDb
{
    public Task Consume(ConsumeContext<ClusterYearOpened> context) =>
        db.ConsumeOnceAsync(context, $"{db.Schema}.cluster-year-opened", time, async ct =>
        {
            var m = context.Message;
            var copy = await db.ClusterYears.FindAsync([m.ClusterId, m.Year], ct);
            if (copy is null)
                db.ClusterYears.Add(copy = new ClusterYearCopy { ClusterId = m.ClusterId, Year = m.Year, ClusterName = "", HeadUnitId = "" });
            copy.ClusterName = m.ClusterName;
            copy.HeadUnitId = m.HeadUnitId;
            copy.DeputyUnitId = m.DeputyUnitId;
            copy.Members = [.. m.Members];
            copy.OpenedAt = m.OpenedAt;
        });
}

public static class ClusterYearRegistration
{
    /// <summary>Each service consumes ClusterYearOpened on its own queue, so every service gets every year.</summary>
    public static void AddClusterYearCopy<TDb>(this IBusRegistrationConfigurator bus, string service)
        where TDb : ClusterYearsDb =>
        bus.AddConsumer<ClusterYearOpenedConsumer<TDb>>().Endpoint(e => e.Name = $"{service}-cluster-year-opened");
}
