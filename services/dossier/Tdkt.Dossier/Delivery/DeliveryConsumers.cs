using MassTransit;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Dossier.Delivery;

/// <summary>The service's own DossierSubmitted: the approval has committed, so the package can go out.</summary>
public sealed class DeliverSubmittedDossier(DossierDb db, PackageDelivery delivery, TimeProvider time) : IConsumer<DossierSubmitted>
{
    public Task Consume(ConsumeContext<DossierSubmitted> context) =>
        db.ConsumeOnceAsync(context, "dossier.delivery", time,
            ct => delivery.DeliverAsync(context.Message.ClusterId, context.Message.Year, context.Message.Version, ct));
}

/// <summary>The head or Ban TĐKT asked for a failed delivery to be tried again.</summary>
public sealed class DeliverOnRequest(DossierDb db, PackageDelivery delivery, TimeProvider time) : IConsumer<DossierDeliveryRequested>
{
    public Task Consume(ConsumeContext<DossierDeliveryRequested> context) =>
        db.ConsumeOnceAsync(context, "dossier.delivery-requested", time,
            ct => delivery.DeliverAsync(context.Message.ClusterId, context.Message.Year, context.Message.Version, ct));
}
