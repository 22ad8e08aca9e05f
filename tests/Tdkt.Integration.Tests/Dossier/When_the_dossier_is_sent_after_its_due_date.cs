using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Tdkt.Calendar;
using Tdkt.Contracts;
using Tdkt.Integration.Tests.Voting;
using Tdkt.Testing;
using ShippedDefinitions = Tdkt.Workflows.Definitions.ShippedDefinitions;
using WorkflowDefinitionLoader = Tdkt.Workflows.Definitions.WorkflowDefinitionLoader;

namespace Tdkt.Integration.Tests.Dossier;

/// <summary>A cluster-year the dossier service hears of only by messages, whose workflow gives the dossier a due date.</summary>
[Collection(RealServers.Name)]
public sealed class When_the_dossier_is_sent_after_its_due_date
{
    [Fact]
    public async Task The_days_late_are_recorded_and_published_with_the_submission()
    {
        await using var submitted = await Published<DossierSubmitted>.WatchAsync();
        var due = VietnamTime.Today(TimeProvider.System).AddDays(-3);
        // The shipped health definition's dossier step, its due date set to three days ago.
        var health = WorkflowDefinitionLoader.Load(ShippedDefinitions.Texts["yt-cum-y-te.yaml"]).Definition!;
        var step = health.Steps.Single(s => s.CompletedBy.Event == nameof(DossierSubmitted));
        await using var year = await DossierYearFromMessages.DraftedAsync(new Dictionary<string, string?>(), plan: cluster =>
            new StepsPlanned(cluster, 2025, health.Id, health.Version, 1, DateTimeOffset.UtcNow,
                [new PlannedStep(step.Id, step.Title, step.CompletedBy.Event, new Dictionary<string, string>(), due, null)]));
        await Eventually.Until(() => year.Head.GetFromJsonAsync<JsonElement>(year.Path),
            d => d.GetProperty("dueDate").ValueKind == JsonValueKind.String, what: "the workflow's due date for the draft");

        await year.ApproveAsync();

        var version = (await year.Head.GetFromJsonAsync<JsonElement>(year.Path)).GetProperty("versions")[0];
        (version.GetProperty("dueDate").GetString(), version.GetProperty("daysLate").GetInt32()).Should().Be((due.ToString("yyyy-MM-dd"), 3));
        var message = (await submitted.ArrivedAsync(m => m.ClusterId == year.ClusterId, "DossierSubmitted")).Single();
        (message.DueDate, message.DaysLate).Should().Be((due, 3));
    }
}
