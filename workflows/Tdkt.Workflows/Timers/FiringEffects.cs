using Tdkt.Contracts;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Messaging;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Escalations;
using Tdkt.Workflows.Instances;
using Tdkt.Workflows.Reminders;

namespace Tdkt.Workflows.Timers;

/// <summary>What a fired timer writes, all into the firing transaction.</summary>
internal sealed class FiringEffects(WorkflowsDb db, ClusterYearCopy year, StepDefinition step, Obligation obligation,
    WorkflowTimer timer, TimeProvider clock, bool mailEnabled)
{
    private readonly DateTimeOffset _now = clock.GetUtcNow();

    public void Remind()
    {
        var (subject, body) = NoticeText.Reminder(step, year, obligation.UnitId, timer.DueDate, timer.Offset);
        AddNotice(obligation.UnitId, NoticeKind.Reminder, subject, body);
        db.PublishViaOutbox(new DeadlineReminderDue(timer.Id, year.ClusterId, year.Year, step.Id, step.Title,
            obligation.UnitId, timer.DueDate, timer.Offset, _now), clock);
    }

    public void Escalate()
    {
        obligation.MissedAt = _now;
        var policy = step.OnMissed;
        // The head and the board always hear of a miss; the definition may name more (the unit, the deputy).
        var recipients = policy.Notify.Concat([Recipient.Head, Recipient.Board])
            .Select(r => r switch
            {
                Recipient.Unit => obligation.UnitId,
                Recipient.Head => year.HeadUnitId,
                Recipient.Deputy => year.DeputyUnitId,
                _ => Obligation.BoardRecipient,
            })
            .OfType<string>().Distinct().ToList();
        var (subject, body) = NoticeText.Missed(step, year, obligation.UnitId, timer.DueDate);
        foreach (var recipient in recipients) AddNotice(recipient, NoticeKind.Missed, subject, body);
        db.Escalations.Add(new Escalation
        {
            ObligationId = obligation.Id, ClusterId = year.ClusterId, Year = year.Year, StepId = step.Id, UnitId = obligation.UnitId,
            DueDate = timer.DueDate, Deduct = policy.Deduct, Exclude = policy.Exclude, Notified = recipients, MissedAt = _now,
        });
        db.PublishViaOutbox(new DeadlineMissed(year.ClusterId, year.Year, step.Id, step.Title, obligation.UnitId, timer.DueDate,
            obligation.DueAt ?? Tdkt.Calendar.VietnamTime.EndOf(timer.DueDate), policy.Deduct, policy.Exclude, recipients, _now), clock);
    }

    private void AddNotice(string recipient, NoticeKind kind, string subject, string body)
    {
        var emails = year.Members.FirstOrDefault(m => m.UnitId == recipient)?.Emails ?? [];
        db.Notices.Add(new Notice
        {
            TimerId = timer.Id, Recipient = recipient, Kind = kind, ClusterId = year.ClusterId, Year = year.Year,
            StepId = step.Id, UnitId = obligation.UnitId, DueDate = timer.DueDate, Subject = subject, Body = body, CreatedAt = _now,
            EmailTo = emails.Count == 0 ? null : string.Join(",", emails),
            EmailState = !mailEnabled ? EmailState.Disabled : emails.Count == 0 ? EmailState.NoAddress : EmailState.Pending,
            EmailNextAttemptAt = _now,
        });
    }
}
