using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tdkt.Intake.Covenants;
using Tdkt.Intake.Deadlines;
using Tdkt.Intake.Registrations;
using Tdkt.Intake.Reports;
using Tdkt.Intake.SelfAssessments;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Files;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Persistence;

namespace Tdkt.Intake;

public sealed class IntakeService : ITdktService
{
    public string Name => "intake";
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.AddServiceDb<IntakeDb>(IntakeDb.SchemaName);
        builder.Services.AddTdktFileStore(builder.Configuration);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddClusterYearCopy<IntakeDb>(Name);
        bus.AddConsumer<StepsPlannedConsumer>().Endpoint(e => e.Name = "intake-steps-planned");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapIntakeApi();
}

public static class IntakeApi
{
    public static void MapIntakeApi(this IEndpointRouteBuilder endpoints)
    {
        var intake = endpoints.MapGroup("/intake").WithTags("Intake");
        intake.MapSelfAssessmentApi();
        intake.MapRegistrationApi();
        intake.MapRegistrationStatusApi();
        intake.MapCovenantApi();
        intake.MapReportApi();
    }
}
