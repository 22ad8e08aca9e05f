using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;
using Tdkt.Workflows.Reminders;
using Tdkt.Workflows.Tests.Support;
using Tdkt.Workflows.Timers;

namespace Tdkt.Workflows.Tests;

[Collection(WorkflowsCollection.Name)]
public sealed class When_reminders_are_emailed : IAsyncLifetime
{
    private readonly string _cluster = "cum-thu-" + Guid.NewGuid().ToString("N")[..6];
    private readonly TestClock _clock = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)));
    private PostgresDatabase _db = null!;

    public async Task InitializeAsync() => _db = await PostgresDatabase.CreateAsync();

    private string Address(int unit) => $"vanthu{unit}@{_cluster}.example";

    [Fact]
    public async Task Each_unit_receives_its_reminder_in_Vietnamese_at_its_addresses()
    {
        await using var runtime = await Start(Maildir.Port);
        _clock.SetLocal(2025, 3, 5, 8, 0);

        var mails = await Eventually.Until(() => Task.FromResult(Maildir.To(Address(2))), m => m.Count == 1, what: "the e-mail");
        mails[0].Subject.Should().Be("[Nhắc hạn] Gửi bảng tự chấm điểm – hạn Thứ Hai, 10/03/2025");
        mails[0].Body.Should().Contain("Kính gửi: Đơn vị 2").And.Contain("còn 3 ngày làm việc")
            .And.Contain("Cần gửi: bảng tự chấm điểm kèm tài liệu minh chứng");
        Maildir.To(Address(1)).Should().ContainSingle();
    }

    [Fact]
    public async Task A_mail_server_that_is_down_does_not_hold_up_the_in_app_reminders()
    {
        await using var runtime = await Start(port: "1");
        _clock.SetLocal(2025, 3, 5, 8, 0);

        var notices = await Eventually.Until(() => runtime.WithDbAsync(db => db.Notices.Where(n => n.ClusterId == _cluster).ToListAsync()),
            n => n.Count == 2 && n.All(x => x.EmailAttempts > 0), what: "the in-app reminders and a failed e-mail attempt");
        notices.Should().OnlyContain(n => n.EmailState == EmailState.Pending && n.EmailError != null);
    }

    [Fact]
    public async Task The_reminders_sent_are_counted_in_app_and_by_e_mail_and_no_timer_is_left_due()
    {
        await using var runtime = await Start(Maildir.Port);
        using var metrics = new HostMeasurements(runtime.Host.Services);
        _clock.SetLocal(2025, 3, 5, 8, 0);

        var notices = await Eventually.Until(() => runtime.WithDbAsync(db => db.Notices.Where(n => n.ClusterId == _cluster).ToListAsync()),
            n => n.Count == 2 && n.All(x => x.EmailState == EmailState.Sent), what: "both reminders e-mailed");
        await Eventually.Until(() => Task.FromResult(Sent(metrics, WorkflowTelemetry.Email)), n => n == 2, what: "the e-mails counted");

        notices.Should().OnlyContain(n => n.Kind == NoticeKind.Reminder);
        Sent(metrics, WorkflowTelemetry.InApp).Should().Be(2, "one reminder for each of the two units");
        metrics.Of("tdkt.workflows.timers.due")[^1].Should().Be(0);
    }

    private static double Sent(HostMeasurements metrics, string channel) =>
        metrics.Of("tdkt.workflows.reminders.sent", "tdkt.channel", channel).Sum();

    private async Task<Runtime> Start(string port)
    {
        var runtime = await Runtime.StartAsync(_db.ConnectionString, _clock, new Dictionary<string, string?>
        {
            [ConfigKeys.SmtpHost] = "127.0.0.1",
            [ConfigKeys.SmtpPort] = port,
            [ConfigKeys.SmtpFrom] = "tdkt@cum-thi-dua.example",
        });
        await runtime.UseDefinitionAsync(_cluster, "kt-thu", TestDefinitions.OneMemberStep("kt-thu"));
        await runtime.OpenYearAsync(_cluster, 2025, members: 2, emails: i => [Address(i)]);
        return runtime;
    }

    public Task DisposeAsync() => _db.DisposeAsync().AsTask();
}
