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
            var copy = await db.FindYearAsync(m.ClusterId, m.Year, ct);
            if (copy is null)
                db.ClusterYears.Add(copy = new ClusterYearCopy { ClusterId = m.ClusterId, Year = m.Year, ClusterName = "", HeadUnitId = "" });
            copy.ClusterName = m.ClusterName;
            copy.HeadUnitId = m.HeadUnitId;
            copy.DeputyUnitId = m.DeputyUnitId;
            copy.Members = [.. m.Members];
            copy.OpenedAt = m.OpenedAt;
            // A re-announcement without a framework must not forget one assigned since.
            if (m.Framework is { } f) copy.Assign(f);
        });
}

/// <summary>The framework of a year opened without one. It may overtake the opening on its way: then it waits for it (retried).</summary>
public sealed class ClusterYearFrameworkAssignedConsumer<TDb>(TDb db, TimeProvider time) : IConsumer<ClusterYearFrameworkAssigned>
    where TDb : ClusterYearsDb
{
    public Task Consume(ConsumeContext<ClusterYearFrameworkAssigned> context) =>
        db.ConsumeOnceAsync(context, $"{db.Schema}.cluster-year-framework-assigned", time, async ct =>
        {
            var m = context.Message;
            var copy = await db.FindYearAsync(m.ClusterId, m.Year, ct)
                ?? throw new InvalidOperationException($"Cluster-year {m.ClusterId}/{m.Year} has not arrived yet; retrying.");
            copy.Assign(m.Framework);
        });
}

public static class ClusterYearRegistration
{
    /// <summary>Each service consumes the year's announcements on its own queue, so every service gets every year.</summary>
    public static void AddClusterYearCopy<TDb>(this IBusRegistrationConfigurator bus, string service)
        where TDb : ClusterYearsDb
    {
        bus.AddConsumer<ClusterYearOpenedConsumer<TDb>>().Endpoint(e => e.Name = $"{service}-cluster-year-opened");
        bus.AddConsumer<ClusterYearFrameworkAssignedConsumer<TDb>>().Endpoint(e => e.Name = $"{service}-cluster-year-framework-assigned");
    }
}
