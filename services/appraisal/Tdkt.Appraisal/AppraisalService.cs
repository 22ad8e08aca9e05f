using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tdkt.Appraisal.Appraisals;
using Tdkt.Appraisal.Audit;
using Tdkt.Appraisal.Commitments;
using Tdkt.Appraisal.Deductions;
using Tdkt.Appraisal.Explanations;
using Tdkt.Appraisal.Province;
using Tdkt.Appraisal.Publication;
using Tdkt.Appraisal.SelfAssessments;
using Tdkt.Appraisal.Statuses;
using Tdkt.Appraisal.WorkingDays;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Persistence;

namespace Tdkt.Appraisal;

public sealed class AppraisalService : ITdktService
{
    public string Name => "appraisal";
    public void AddServices(WebApplicationBuilder builder) => builder.AddServiceDb<AppraisalDb>(AppraisalDb.SchemaName);

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddClusterYearCopy<AppraisalDb>(Name);
        bus.AddConsumer<SelfAssessmentSubmittedConsumer>(ConsumedInBatches.Configure).Endpoint(e => e.Name = "appraisal-self-assessment-submitted");
        bus.AddConsumer<DeadlineMissedConsumer>().Endpoint(e => e.Name = "appraisal-deadline-missed");
        bus.AddConsumer<RegistrationSubmittedConsumer>().Endpoint(e => e.Name = "appraisal-registration-submitted");
        bus.AddConsumer<CovenantSignedConsumer>().Endpoint(e => e.Name = "appraisal-covenant-signed");
        bus.AddConsumer<CalendarOverridesChangedConsumer>().Endpoint(e => e.Name = "appraisal-calendar-overrides-changed");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAppraisalApi();
}

public static class AppraisalApi
{
    public static void MapAppraisalApi(this IEndpointRouteBuilder endpoints)
    {
        var appraisal = endpoints.MapGroup("/appraisal").WithTags("Appraisal");
        appraisal.MapReceivedSelfAssessmentApi();
        appraisal.MapProvinceApi();
        // Who may do what is decided per cluster-year in each handler (Leadership): head and deputy, members, the board.
        var year = appraisal.MapGroup("/clusters/{clusterId}/years/{year:int}").RequireAuthorization();
        year.MapAppraisalTableApi();
        year.MapAppraisalWorkbookApi();
        year.MapDeductionApi();
        year.MapStatusApi();
        year.MapExplanationApi();
        year.MapPublicationApi();
        year.MapFinalizationApi();
        year.MapAuditApi();
    }
}
