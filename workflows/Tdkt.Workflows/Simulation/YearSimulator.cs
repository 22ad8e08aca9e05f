using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Calendar;
using Tdkt.Platform.ClusterYears;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Instances;
using Tdkt.Workflows.Progress;
using Tdkt.Workflows.Reminders;
using Tdkt.Workflows.Timers;

namespace Tdkt.Workflows.Simulation;

/// <summary>
/// Runs a cluster-year in virtual time on a running host: jumps the clock from one due timer or
/// scripted action to the next, fires the timers itself, and plays the units and the head. A unit
/// acts after a number of reminders that depends on its place in the list (1, 2 or 3), except the
/// scripted miss; the head sets the summary conference on 1 December and holds it that day.
/// </summary>
public sealed class YearSimulator(IServiceProvider services, VirtualClock clock, SimulationScript script, Action<TimelineEntry> report)
{
    private readonly SortedList<(DateTimeOffset, int), Func<Task>> _actions = [];
    private readonly Dictionary<(string Step, string Unit), int> _reminded = [];
    private readonly HashSet<(string, DateTimeOffset)> _deadlinesAnnounced = [];
    private int _sequence;

    public DateTimeOffset Start => VietnamTime.At(new DateOnly(script.Year, 1, 1), TimeOnly.MinValue);

    public async Task RunAsync(Action<DateTimeOffset> progress, CancellationToken ct)
    {
        var (instance, year) = await WaitForInstanceAsync(ct);
        var definition = (await InScope((db, s) => s.GetRequiredService<DefinitionCatalog>().GetAsync(db, instance.DefinitionId, instance.DefinitionVersion, ct)))!;
        report(new(clock.GetUtcNow(), TimelineKind.Planned, $"Quy trình {definition.Title} (phiên bản {definition.Version}), {year.Members.Count} đơn vị."));
        await AnnounceDeadlinesAsync(ct);
        var conference = script.ConferenceDate ?? SecondFridayOfJanuary(script.Year + 1);
        At(VietnamTime.At(new DateOnly(script.Year, 12, 1), new TimeOnly(9, 0)), () => SetConferenceAsync(conference, ct));
        At(VietnamTime.At(conference, new TimeOnly(8, 30)), () => HoldConferenceAsync(definition, ct));
        var (previous, stalled) = (DateTimeOffset.MinValue, 0);
        while (await NextAsync(ct) is { } next)
        {
            // A timer that is due but cannot be claimed would otherwise keep the loop spinning on one instant.
            stalled = next == previous ? stalled + 1 : 0;
            if (stalled > 100) throw new InvalidOperationException($"The simulation makes no progress at {next:O}: a due timer cannot be fired.");
            previous = next;
            clock.Set(next);
            progress(next);
            while (_actions.Count > 0 && _actions.Keys[0].Item1 <= next)
            {
                var action = _actions.Values[0];
                _actions.RemoveAt(0);
                await action();
            }
            await FireDueAsync(definition, year.Members.Select(m => m.UnitId).ToList(), ct);
        }
    }

    private async Task<DateTimeOffset?> NextAsync(CancellationToken ct)
    {
        var timer = await InScope((db, _) => db.Timers.Where(t => t.ClusterId == script.ClusterId && t.Year == script.Year && t.FiredAt == null)
            .OrderBy(t => t.FireAt).Select(t => (DateTimeOffset?)t.FireAt).FirstOrDefaultAsync(ct));
        var action = _actions.Count > 0 ? _actions.Keys[0].Item1 : (DateTimeOffset?)null;
        return timer is null ? action : action is null ? timer : timer < action ? timer : action;
    }

    private async Task FireDueAsync(WorkflowDefinition definition, List<string> members, CancellationToken ct)
    {
        var firing = services.GetRequiredService<TimerFiring>();
        IReadOnlyList<FiredTimer> fired;
        while ((fired = await firing.FireBatchAsync(ct)).Count > 0)
            foreach (var group in fired.Where(f => f.ClusterId == script.ClusterId && f.Year == script.Year && !f.Skipped)
                         .GroupBy(f => (f.Kind, f.StepId, f.DueDate, f.WorkingDaysLeft)))
            {
                var units = group.Select(f => f.UnitId).ToList();
                var step = definition.Step(group.Key.StepId)!;
                if (group.Key.Kind == TimerKind.Missed)
                {
                    report(new(clock.GetUtcNow(), TimelineKind.Missed, $"QUÁ HẠN: {step.Title} (hạn {VietnameseText.Date(group.Key.DueDate)}) – {string.Join(", ", units)}; " +
                        $"hậu quả: {VietnameseText.Consequences(step.OnMissed)}; đã báo Trưởng cụm và Ban TĐKT (DeadlineMissed)."));
                    continue;
                }
                report(new(clock.GetUtcNow(), TimelineKind.Reminder, $"Nhắc hạn ({VietnameseText.TimeLeft(group.Key.WorkingDaysLeft)}): {step.Title} → {string.Join(", ", units)}"));
                foreach (var unit in units) Remembered(step, unit, members);
            }
    }

    // A unit acts once it has been reminded often enough: the first unit after one reminder, the next after two, and so on.
    private void Remembered(StepDefinition step, string unit, List<string> members)
    {
        var count = _reminded[(step.Id, unit)] = _reminded.GetValueOrDefault((step.Id, unit)) + 1;
        var patience = 1 + Math.Max(0, members.IndexOf(unit)) % 3;
        if (count != patience || script.MissedStep == (step.Id, unit)) return;
        At(clock.GetUtcNow().AddHours(2), () => CompleteAsync(step, unit, CancellationToken.None));
    }

    private async Task CompleteAsync(StepDefinition step, string unit, CancellationToken ct)
    {
        var message = CompletionMessages.For(step.CompletedBy, script.ClusterId, script.Year, unit, clock.GetUtcNow());
        await services.GetRequiredService<IBus>().Publish(message, message.GetType(), ct);
        await WaitUntilAsync(() => InScope((db, _) => db.Obligations.AnyAsync(o => o.ClusterId == script.ClusterId && o.Year == script.Year
            && o.StepId == step.Id && o.UnitId == unit && o.CompletedAt != null, ct)), ct);
        report(new(clock.GetUtcNow(), TimelineKind.Completed, $"{unit} hoàn thành: {step.Title}"));
    }

    private async Task SetConferenceAsync(DateOnly date, CancellationToken ct)
    {
        await InScope(async (db, s) =>
        {
            var instance = (await db.Instances.FindAsync([script.ClusterId, script.Year], ct))!;
            var year = (await db.FindYearAsync(script.ClusterId, script.Year, ct))!;
            await StepDates.SetAsync(db, s.GetRequiredService<InstancePlanner>(), instance, year, "summary-conference", date, "simulator", clock, ct);
            return 0;
        });
        report(new(clock.GetUtcNow(), TimelineKind.DateSet, $"Trưởng cụm đặt ngày hội nghị tổng kết: {VietnameseText.Date(date)}"));
        await AnnounceDeadlinesAsync(ct);
    }

    private async Task HoldConferenceAsync(WorkflowDefinition definition, CancellationToken ct)
    {
        var summary = definition.Steps.FirstOrDefault(s => s.CompletedBy.Event == "ConferenceHeld" && s.CompletedBy.Where.GetValueOrDefault("kind") == "summary");
        var year = await InScope((db, _) => db.ClusterYears.FirstAsync(y => y.ClusterId == script.ClusterId && y.Year == script.Year, ct));
        if (summary is not null) await CompleteAsync(summary, year.HeadUnitId, ct);
    }

    /// <summary>Prints each dated step once, and schedules a line at its deadline saying how many units made it.</summary>
    private async Task AnnounceDeadlinesAsync(CancellationToken ct)
    {
        var report_ = await InScope((db, s) => s.GetRequiredService<ProgressQuery>().GetAsync(db, script.ClusterId, script.Year, ct));
        foreach (var step in report_!.Steps.Where(s => s.DueAt is not null && _deadlinesAnnounced.Add((s.StepId, s.DueAt!.Value))))
        {
            report(new(clock.GetUtcNow(), TimelineKind.Planned, $"Hạn: {step.Title} – {step.DueText}"));
            At(step.DueAt!.Value, () => DeadlineAsync(step.StepId, step.DueAt!.Value, ct));
        }
    }

    private async Task DeadlineAsync(string stepId, DateTimeOffset dueAt, CancellationToken ct)
    {
        var progress = await InScope((db, s) => s.GetRequiredService<ProgressQuery>().GetAsync(db, script.ClusterId, script.Year, ct));
        var step = progress!.Steps.Single(s => s.StepId == stepId);
        if (step.DueAt != dueAt) return; // moved since
        var done = step.Units.Count(u => u.Status.StartsWith("done", StringComparison.Ordinal));
        report(new(clock.GetUtcNow(), TimelineKind.Deadline, $"Đến hạn: {step.Title} – {done}/{step.Units.Count} đã hoàn thành"));
    }

    private async Task<(WorkflowInstance, Platform.ClusterYears.ClusterYearCopy)> WaitForInstanceAsync(CancellationToken ct)
    {
        await WaitUntilAsync(() => InScope((db, _) => db.Instances.AnyAsync(i => i.ClusterId == script.ClusterId && i.Year == script.Year, ct)), ct);
        return await InScope(async (db, _) => ((await db.Instances.FindAsync([script.ClusterId, script.Year], ct))!,
            (await db.FindYearAsync(script.ClusterId, script.Year, ct))!));
    }

    private void At(DateTimeOffset at, Func<Task> action) => _actions.Add((at, _sequence++), action);

    private async Task<T> InScope<T>(Func<WorkflowsDb, IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<WorkflowsDb>(), scope.ServiceProvider);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The simulated event was not applied within 30 s.");
            await Task.Delay(10, ct);
        }
    }

    private static DateOnly SecondFridayOfJanuary(int year)
    {
        var day = new DateOnly(year, 1, 1);
        while (day.DayOfWeek != DayOfWeek.Friday) day = day.AddDays(1);
        return day.AddDays(7);
    }
}
