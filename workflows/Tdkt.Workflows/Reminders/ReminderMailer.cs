using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Mail;
using Tdkt.Workflows.Timers;

namespace Tdkt.Workflows.Reminders;

/// <summary>
/// The e-mail channel: sends the notices the timers wrote, apart from the firing itself, so a
/// down mail server never delays the in-app inbox. Its own retry and circuit breaker; a notice
/// that keeps failing is retried later with backoff and given up after a few attempts.
/// </summary>
public sealed class ReminderMailer(IServiceScopeFactory scopes, SmtpMailSender mail, TimeProvider time, IConfiguration config,
    WorkflowTelemetry telemetry, ILogger<ReminderMailer> log) : BackgroundService
{
    private const int MaxAttempts = 5;
    private const int BatchSize = 20;
    private readonly TimeSpan _poll = TimeSpan.FromMilliseconds(config.GetValue(ConfigKeys.WorkflowTimerPollMilliseconds, 1000));
    private readonly ResiliencePipeline _pipeline = WorkflowResilience.Channel("email");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!mail.IsEnabled || _poll <= TimeSpan.Zero) return;
        var idle = new IdleBackoff(_poll);
        while (!stoppingToken.IsCancellationRequested)
        {
            int handled;
            try { handled = await SendBatchAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { log.LogError(e, "E-mail batch failed"); handled = 0; }
            if (handled < BatchSize)
                await Task.Delay(idle.Next(foundWork: handled > 0), stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }

    public async Task<int> SendBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDb>();
        var now = time.GetUtcNow();
        // One plain read when nothing waits: an idle channel takes no transaction, no lock and saves nothing.
        if (!await db.Notices.AnyAsync(n => n.EmailState == EmailState.Pending && n.EmailNextAttemptAt <= now, ct)) return 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var batch = db.Database.IsNpgsql()
            ? await db.Notices.FromSqlRaw(ClaimSql, (int)EmailState.Pending, now.ToUnixTimeMilliseconds(), BatchSize).ToListAsync(ct)
            : await db.Notices.Where(n => n.EmailState == EmailState.Pending && n.EmailNextAttemptAt <= now).OrderBy(n => n.Id).Take(BatchSize).ToListAsync(ct);
        var handled = 0;
        foreach (var notice in batch)
        {
            try
            {
                await _pipeline.ExecuteAsync(async t => await mail.SendAsync(
                    new OutgoingMail($"notice-{notice.Id}", notice.EmailTo!.Split(','), notice.Subject, notice.Body), t), ct);
                notice.EmailState = EmailState.Sent;
                notice.EmailSentAt = time.GetUtcNow();
            }
            catch (BrokenCircuitException) { break; }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                notice.EmailAttempts++;
                notice.EmailError = e.Message;
                notice.EmailNextAttemptAt = now.AddMinutes(Math.Pow(2, notice.EmailAttempts));
                if (notice.EmailAttempts >= MaxAttempts) notice.EmailState = EmailState.Failed;
                log.LogWarning(e, "E-mail for notice {NoticeId} not sent (attempt {Attempt})", notice.Id, notice.EmailAttempts);
            }
            handled++;
        }
        await db.SaveChangesAsync(CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        telemetry.RemindersSent(batch.Count(n => n.Kind == NoticeKind.Reminder && n.EmailState == EmailState.Sent), WorkflowTelemetry.Email);
        return handled;
    }

    private const string ClaimSql =
        "SELECT * FROM \"" + WorkflowsDb.SchemaName + "\".\"Notices\" WHERE \"EmailState\" = {0} AND \"EmailNextAttemptAt\" <= {1} " +
        "ORDER BY \"Id\" LIMIT {2} FOR UPDATE SKIP LOCKED";
}
