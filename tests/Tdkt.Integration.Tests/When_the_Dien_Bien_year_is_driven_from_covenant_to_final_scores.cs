using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Appraisal;
using Tdkt.Contracts;
using Tdkt.Embedded;
using Tdkt.Intake;
using Tdkt.Platform.Hosting;
using Tdkt.Registry;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// Issue 9's whole year through the HTTP APIs, on separate services over PostgreSQL and RabbitMQ, and on the embedded
/// host (SQLite, in-memory bus). The final totals, ranks and proposals are the hand-checked results of the sample sheet
/// (tdkt-platform/frameworks/samples/db-huyen-vung-cao.yaml), less the one automatic deduction.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_the_Dien_Bien_year_is_driven_from_covenant_to_final_scores
{
    // Hand-checked in the sample's header: groups + bonus (+5 for the head's innovation), on a 1.000 scale.
    private static readonly Dictionary<string, decimal> SampleTotals = new()
    {
        ["muong-nhe"] = 933.5m, ["tua-chua"] = 918.5m, ["dien-bien-dong"] = 911.25m, ["muong-cha"] = 800m, ["nam-po"] = 655.5m,
    };

    [Fact]
    public async Task On_separate_services_the_final_scores_are_the_hand_checked_ones_less_the_missed_deadline()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var broker = await BrokerVirtualHost.TryCreateAsync("tdkt-demo");
        var config = ServiceHost.OnRealServers(database.ConnectionString, broker);
        config[ConfigKeys.SeedDemoData] = "true";
        var clock = new ShiftedClock();
        // The consumers first: on a fresh broker their queues must exist before the registry announces the demo years.
        await using var intake = await ServiceHost.StartAsync(config, new IntakeService());
        await using var appraisal = await ServiceHost.StartAsync(config, s => s.AddSingleton<TimeProvider>(clock), new AppraisalService());
        await using var registry = await ServiceHost.StartAsync(config, new RegistryService());
        await using var finalized = await Published<ScoresFinalized>.WatchAsync(broker?.Connection);

        var final = await DriveAsync(new DienBienYear(intake.Address, appraisal.Address, clock), registry.Services.GetRequiredService<IBus>());

        (await finalized.ArrivedAsync(m => m.ClusterId == DienBienYear.Cluster && m.Year == DienBienYear.Year, "ScoresFinalized"))
            .Single().Units.Select(u => (u.UnitId, u.Total)).Should().Equal(final.Units.Select(u => (u.UnitId, u.Total)));
    }

    [Fact]
    public async Task On_the_embedded_host_the_final_scores_are_the_same()
    {
        var clock = new ShiftedClock();
        await using var host = await TemporaryEmbeddedHost.StartAsync(demoData: true, s => s.AddSingleton<TimeProvider>(clock), EmbeddedPlatform.Services());
        await DriveAsync(new DienBienYear(host.Address, host.Address, clock), host.Services.GetRequiredService<IBus>());
    }

    private static async Task<ScoresFinalized> DriveAsync(DienBienYear year, IBus bus)
    {
        await year.SignCovenantAsync();
        var selfScores = await year.SubmitAsync();
        selfScores.Should().BeEquivalentTo(SampleTotals, "each unit's receipt gives its self-score, computed from the sample figures");

        await year.TableWithEveryUnitAsync();
        await year.AppraiseAsync();
        // Twice, under two message ids, as a redelivery after a restart would: one deduction.
        await bus.Publish(DienBienYear.AnnualReportMissed("nam-po"));
        await bus.Publish(DienBienYear.AnnualReportMissed("nam-po"));
        var table = await Eventually.Until(() => year.TableAsync(), t => Unit(t, "nam-po").GetProperty("deductions").GetArrayLength() > 0,
            what: "the automatic deduction");
        await Task.Delay(500);
        table = await year.TableAsync();
        Unit(table, "nam-po").GetProperty("deductions").GetArrayLength().Should().Be(1);
        Unit(table, "muong-nhe").GetProperty("status").GetString().Should().Be("deferred");
        var checkedValue = Unit(table, "dien-bien-dong").GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("criterionId").GetString() == "1.8");
        (checkedValue.GetProperty("selfPoints").GetDecimal(), checkedValue.GetProperty("points").GetDecimal()).Should().Be((37m, 37m));
        checkedValue.GetProperty("comment").GetString().Should().Be("Khớp với báo cáo của Công an huyện");

        var final = await year.PublishAndFinalizeAsync();

        final.Units.ToDictionary(u => u.UnitId, u => u.Total).Should().BeEquivalentTo(
            SampleTotals.ToDictionary(t => t.Key, t => t.Key == "nam-po" ? t.Value - 2m : t.Value));
        final.Units.Select(u => (u.UnitId, u.Rank, u.Status)).Should().Equal(
            ("muong-nhe", 1, "deferred"), ("tua-chua", 2, "eligible"), ("dien-bien-dong", 3, "eligible"), ("muong-cha", 4, "eligible"), ("nam-po", 5, "eligible"));
        final.Units[0].Reasons.Should().ContainSingle().Which.Should().Contain("đang chờ cơ quan có thẩm quyền kết luận");
        final.Awards.Select(a => (a.AwardId, string.Join(",", a.Proposed))).Should().Equal(
            ("co_xuat_sac", "tua-chua"), ("bang_khen", "dien-bien-dong,muong-cha"));

        var audit = await year.AuditAsync("unitId=dien-bien-dong&criterionId=1.8");
        audit.EnumerateArray().Select(a => (a.GetProperty("what").GetString(), a.GetProperty("old").GetString(), a.GetProperty("new").GetString(), a.GetProperty("why").GetString()))
            .Should().Equal(("value", "điểm 37", "điểm 37", "Khớp với báo cáo của Công an huyện"));
        (await year.AuditAsync("unitId=nam-po")).EnumerateArray().Select(a => a.GetProperty("new").GetString()).Should().Contain("−2 điểm");
        var province = await year.ProvinceAsync();
        province.GetProperty("provincialFlagUnits").EnumerateArray().Select(u => u.GetString()).Should().Contain("tua-chua");
        var caps = await year.CapsCheckAsync(new { governmentFlags = new[] { "tua-chua" } });
        caps.GetProperty("withinCaps").GetBoolean().Should().BeFalse("one provincial flag allows no Government Flag (20 % of 1, rounded down)");
        caps.GetProperty("violations")[0].GetString().Should().Contain("vượt 20 %");
        return final;
    }

    private static JsonElement Unit(JsonElement table, string unitId) =>
        table.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetString() == unitId);
}
