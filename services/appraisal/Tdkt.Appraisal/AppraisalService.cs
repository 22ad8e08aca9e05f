using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tdkt.Appraisal.SelfAssessments;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Persistence;

namespace Tdkt.Appraisal;

public sealed class AppraisalService : ITdktService
{
    public string Name => "appraisal";
    public void AddServices(WebApplicationBuilder builder) => builder.AddServiceDb<AppraisalDb>(AppraisalDb.SchemaName);

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddClusterYearCopy<AppraisalDb>(Name);
        bus.AddConsumer<SelfAssessmentSubmittedConsumer>().Endpoint(e => e.Name = "appraisal-self-assessment-submitted");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAppraisalApi();
}

public static class AppraisalApi
{
    public static void MapAppraisalApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/appraisal").WithTags("Appraisal").MapReceivedSelfAssessmentApi();
}
