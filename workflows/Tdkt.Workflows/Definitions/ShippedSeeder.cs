using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tdkt.Workflows.WorkingDays;

namespace Tdkt.Workflows.Definitions;

/// <summary>
/// At start (after the schema migration): stores the shipped definitions and the demo clusters'
/// default assignments when missing, and loads the calendar decisions the registry announced.
/// Never overwrites what an administrator saved.
/// </summary>
internal sealed class ShippedSeeder(IServiceScopeFactory scopes, CalendarProvider calendar, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDb>();
        foreach (var yaml in ShippedDefinitions.Texts.Values)
        {
            var definition = WorkflowDefinitionLoader.Load(yaml).Definition
                ?? throw new InvalidOperationException("A shipped definition does not load; the definitions tests should have caught it.");
            if (await db.Definitions.AnyAsync(d => d.Id == definition.Id && d.Version == definition.Version, cancellationToken)) continue;
            db.Definitions.Add(new StoredDefinition
            {
                Id = definition.Id, Version = definition.Version, Title = definition.Title, Yaml = yaml,
                Published = definition.Status == DefinitionStatus.Published, SavedAt = time.GetUtcNow(),
                PublishedAt = definition.Status == DefinitionStatus.Published ? time.GetUtcNow() : null,
            });
        }
        foreach (var (cluster, definitionId) in ClusterAssignment.Defaults)
            if (!await db.Assignments.AnyAsync(a => a.ClusterId == cluster, cancellationToken))
                db.Assignments.Add(new ClusterAssignment { ClusterId = cluster, DefinitionId = definitionId, AssignedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        calendar.Rebuild(await db.CalendarOverrides.AsNoTracking().ToListAsync(cancellationToken));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
