using MassTransit;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Dossier.Versions;
using Tdkt.Platform.Messaging;

namespace Tdkt.Dossier.Inputs;

/// <summary>
/// Keeps what the dossier is made from; once both the final scores and the nominations are in, the first draft is
/// assembled (whichever of the two arrives last triggers it).
/// </summary>
public sealed class ScoresFinalizedConsumer(DossierDb db, DraftAssembly assembly, TimeProvider time) : IConsumer<ScoresFinalized>
{
    public Task Consume(ConsumeContext<ScoresFinalized> context) =>
        db.ConsumeOnceAsync(context, "dossier.scores-finalized", time, async ct =>
        {
            var year = await db.YearAsync(context.Message.ClusterId, context.Message.Year, ct);
            year.Scores = DossierYear.Write(context.Message);
            await assembly.FirstDraftAsync(year, ct);
        });
}

public sealed class NominationsDecidedConsumer(DossierDb db, DraftAssembly assembly, TimeProvider time) : IConsumer<NominationsDecided>
{
    public Task Consume(ConsumeContext<NominationsDecided> context) =>
        db.ConsumeOnceAsync(context, "dossier.nominations-decided", time, async ct =>
        {
            var year = await db.YearAsync(context.Message.ClusterId, context.Message.Year, ct);
            year.Nominations = DossierYear.Write(context.Message);
            await assembly.FirstDraftAsync(year, ct);
        });
}

public sealed class LeadershipElectedConsumer(DossierDb db, TimeProvider time) : IConsumer<LeadershipElected>
{
    public Task Consume(ConsumeContext<LeadershipElected> context) =>
        db.ConsumeOnceAsync(context, "dossier.leadership-elected", time, async ct =>
            (await db.YearAsync(context.Message.ClusterId, context.Message.Year, ct)).Leadership = DossierYear.Write(context.Message));
}

/// <summary>Keeps the newest plan of the year; an older or repeated one changes nothing.</summary>
public sealed class StepsPlannedConsumer(DossierDb db, TimeProvider time) : IConsumer<StepsPlanned>
{
    public Task Consume(ConsumeContext<StepsPlanned> context) =>
        db.ConsumeOnceAsync(context, "dossier.steps-planned", time, async ct =>
        {
            var year = await db.YearAsync(context.Message.ClusterId, context.Message.Year, ct);
            if (year.Plan is not null && year.PlanRevision >= context.Message.Revision) return;
            (year.Plan, year.PlanRevision) = (DossierYear.Write(context.Message), context.Message.Revision);
        });
}

public sealed class ReportSubmittedConsumer(DossierDb db, TimeProvider time) : IConsumer<ReportSubmitted>
{
    public Task Consume(ConsumeContext<ReportSubmitted> context) =>
        db.ConsumeOnceAsync(context, "dossier.report-submitted", time, async ct =>
        {
            var m = context.Message;
            if (m.Kind != "achievement" || await db.AchievementReports.FindAsync([m.ReportId], ct) is not null) return;
            db.AchievementReports.Add(new AchievementReport
            {
                ReportId = m.ReportId, ClusterId = m.ClusterId, Year = m.Year, UnitId = m.UnitId, SubmittedAt = m.SubmittedAt,
                Files = m.Files.Select(f => new ReportFile { Name = f.Name, Sha256 = f.Sha256, Size = f.Size }).ToList(),
            });
        });
}

public static class DossierYears
{
    public static async Task<DossierYear> YearAsync(this DossierDb db, string clusterId, int year, CancellationToken ct)
    {
        if (await db.Years.FindAsync([clusterId, year], ct) is { } known)
        {
            known.Revision++;
            return known;
        }
        var created = new DossierYear { ClusterId = clusterId, Year = year };
        db.Years.Add(created);
        return created;
    }
}
