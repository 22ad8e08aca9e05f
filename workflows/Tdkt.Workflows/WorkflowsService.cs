using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Mail;
using Tdkt.Platform.Persistence;
using Tdkt.Workflows.Completions;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Instances;
using Tdkt.Workflows.Reminders;
using Tdkt.Workflows.Timers;
using Tdkt.Workflows.WorkingDays;

namespace Tdkt.Workflows;

/// <summary>The deadline engine: definitions, per-unit obligations, timers, reminders and escalations.</summary>
public sealed class WorkflowsService : ITdktService
{
    public string Name => "workflows";

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.AddServiceDb<WorkflowsDb>(WorkflowsDb.SchemaName);
        var services = builder.Services;
        services.AddSingleton<DefinitionCatalog>();
        services.AddSingleton<CalendarProvider>();
        services.AddSingleton<InstancePlanner>();
        services.AddSingleton<StepCompletion>();
        services.AddSingleton<Progress.ProgressQuery>();
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<WorkflowTelemetry>();
        services.AddSingleton<TimerFiring>();
        services.AddSingleton<ReminderMailer>();
        // After the schema migrator (registered by AddServiceDb), before the runners.
        services.AddHostedService<ShippedSeeder>();
        services.AddHostedService<TimerRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderMailer>());
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<Clusters.ClusterRegisteredConsumer>().Endpoint(e => e.Name = "workflows-cluster-registered");
        bus.AddConsumer<ClusterYearOpenedConsumer>().Endpoint(e => e.Name = "workflows-cluster-year-opened");
        bus.AddConsumer<CalendarOverridesChangedConsumer>().Endpoint(e => e.Name = "workflows-calendar-overrides-changed");
        bus.AddConsumer<CovenantSignedConsumer>(ConsumedInBatches.Configure).Endpoint(e => e.Name = "workflows-covenant-signed");
        bus.AddConsumer<RegistrationSubmittedConsumer>(ConsumedInBatches.Configure).Endpoint(e => e.Name = "workflows-registration-submitted");
        bus.AddConsumer<SelfAssessmentSubmittedConsumer>(ConsumedInBatches.Configure).Endpoint(e => e.Name = "workflows-self-assessment-submitted");
        bus.AddConsumer<ReportSubmittedConsumer>(ConsumedInBatches.Configure).Endpoint(e => e.Name = "workflows-report-submitted");
        bus.AddConsumer<ScoresPublishedConsumer>(ConsumedInBatches.Configure).Endpoint(e => e.Name = "workflows-scores-published");
        bus.AddConsumer<ScoresFinalizedConsumer>(ConsumedInBatches.Configure).Endpoint(e => e.Name = "workflows-scores-finalized");
        bus.AddConsumer<CrossInspectionCompletedConsumer>(ConsumedInBatches.Configure).Endpoint(e => e.Name = "workflows-cross-inspection-completed");
        bus.AddConsumer<ConferenceHeldConsumer>(ConsumedInBatches.Configure).Endpoint(e => e.Name = "workflows-conference-held");
        bus.AddConsumer<ConferenceScheduledConsumer>().Endpoint(e => e.Name = "workflows-conference-scheduled");
        bus.AddConsumer<DossierSubmittedConsumer>(ConsumedInBatches.Configure).Endpoint(e => e.Name = "workflows-dossier-submitted");
        bus.AddConsumer<Explanations.ExplanationRequestedConsumer>().Endpoint(e => e.Name = "workflows-explanation-requested");
        bus.AddConsumer<Explanations.ExplanationAnsweredConsumer>().Endpoint(e => e.Name = "workflows-explanation-answered");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapWorkflowsApi();
}
