using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Dossier.Delivery;
using Tdkt.Dossier.Inbox;
using Tdkt.Dossier.Inputs;
using Tdkt.Dossier.Templates;
using Tdkt.Dossier.Versions;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Files;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Persistence;

namespace Tdkt.Dossier;

/// <summary>The award dossier of a cluster-year: assembled from the scores and the conference, approved, sent, received.</summary>
public sealed class DossierService : ITdktService
{
    public string Name => "dossier";

    private bool _delivers;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.AddServiceDb<DossierDb>(DossierDb.SchemaName);
        builder.Services.AddTdktFileStore(builder.Configuration);
        builder.Services.AddScoped<DraftAssembly>();
        builder.Services.AddSingleton(new PdfCopies.Settings(builder.Configuration[ConfigKeys.DossierOfficePath]?.Trim(), PdfCopies.Settings.DefaultTimeout));
        builder.Services.AddSingleton<PdfCopies>();
        builder.Services.AddSingleton(new DossierProvince(builder.Configuration[ConfigKeys.DossierProvince]?.Trim() is { Length: > 0 } p ? p : null));
        _delivers = builder.Services.AddDossierDelivery(builder.Configuration).Configured;
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddClusterYearCopy<DossierDb>(Name);
        bus.AddConsumer<ScoresFinalizedConsumer>().Endpoint(e => e.Name = "dossier-scores-finalized");
        bus.AddConsumer<NominationsDecidedConsumer>().Endpoint(e => e.Name = "dossier-nominations-decided");
        bus.AddConsumer<LeadershipElectedConsumer>().Endpoint(e => e.Name = "dossier-leadership-elected");
        bus.AddConsumer<StepsPlannedConsumer>().Endpoint(e => e.Name = "dossier-steps-planned");
        bus.AddConsumer<ReportSubmittedConsumer>().Endpoint(e => e.Name = "dossier-report-submitted");
        // Without a delivery address nothing listens: nothing is sent, no queue is made.
        if (!_delivers) return;
        bus.AddConsumer<DeliverSubmittedDossier>().Endpoint(e => e.Name = "dossier-delivery");
        bus.AddConsumer<DeliverOnRequest>().Endpoint(e => e.Name = "dossier-delivery-requested");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapInboxApi();
        endpoints.MapTemplateApi();
        // Who may do what is decided per cluster-year in each handler (DossierAccess): head and deputy, the board.
        var year = endpoints.MapGroup("/dossier/clusters/{clusterId}/years/{year:int}").WithTags("Dossier").RequireAuthorization();
        year.MapDossierApi();
        year.MapDeliveryApi();
    }
}
