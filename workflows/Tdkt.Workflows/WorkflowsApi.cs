using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Escalations;
using Tdkt.Workflows.Instances;
using Tdkt.Workflows.Progress;
using Tdkt.Workflows.Reminders;

namespace Tdkt.Workflows;

public static class WorkflowsApi
{
    public static RouteGroupBuilder MapWorkflowsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/workflows").RequireAuthorization().WithTags("Workflows");
        group.MapDefinitionApi();
        group.MapAssignmentApi();
        group.MapDatesApi();
        group.MapVersionApi();
        group.MapYearsApi();
        group.MapProgressApi();
        group.MapEscalationApi();
        group.MapReminderApi();
        return group;
    }
}
