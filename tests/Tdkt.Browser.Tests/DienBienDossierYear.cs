using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Contracts;
using Tdkt.Testing;

namespace Tdkt.Browser.Tests;

/// <summary>
/// Điện Biên 2022 up to its first dossier draft, as the other services would send it: Điện Biên Đông's achievement
/// report through intake, then the final scores (the same as the ballot test's) and the conference's decision on the
/// bus. Works whether or not the ballot test ran first: it never decides, and the draft is made once.
/// </summary>
public sealed class DienBienDossierYear(BrowserHost host)
{
    public const string Winner = "dien-bien-dong";
    public static string Api => $"/dossier/clusters/{DienBienBallot.Cluster}/years/{DienBienBallot.Year}";
    public static readonly string[] Kinds = ["proposal-letter", "minutes", "score-table", "vote-count", "achievement-report"];

    public async Task DraftAsync()
    {
        using var unit = host.Api("unit", Winner);
        using var form = new MultipartFormDataContent { { new StringContent("achievement"), "kind" }, { new StringContent("Báo cáo thành tích năm 2022") , "title" } };
        form.Add(new ByteArrayContent(SampleFiles.Pdf("Báo cáo thành tích năm 2022 của UBND huyện Điện Biên Đông", padTo: 4096)), "files", "bao-cao-thanh-tich.pdf");
        var sent = await unit.PostAsync($"/intake/clusters/{DienBienBallot.Cluster}/years/{DienBienBallot.Year}/units/{Winner}/reports", form);
        sent.StatusCode.Should().Be(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());

        var bus = host.Host.Services.GetRequiredService<IBus>();
        await bus.Publish(DienBienBallot.TieAtTheTop());
        await bus.Publish(Decided());
        using var head = host.Api("head", "tua-chua");
        var draft = await Eventually.Until(() => head.GetFromJsonAsync<JsonElement>(Api), d => d.GetProperty("versions").GetArrayLength() > 0,
            TimeSpan.FromSeconds(60), "the dossier service to draft the dossier");
        // The report may reach the dossier service after the decision: the head's regeneration then takes it in.
        if (!KindsOf(draft).Contains("achievement-report"))
            await Eventually.Until(async () => KindsOf(await (await head.PostAsync(Api + "/draft", null)).Content.ReadFromJsonAsync<JsonElement>()),
                kinds => kinds.Contains("achievement-report"), TimeSpan.FromSeconds(30), "the achievement report to reach the dossier");
    }

    private static List<string> KindsOf(JsonElement dossier) =>
        dossier.GetProperty("versions")[0].GetProperty("files").EnumerateArray().Select(f => f.GetProperty("kind").GetString()!).ToList();

    private static NominationsDecided Decided()
    {
        string[] members = DienBienBallot.Members;
        var names = DienBienBallot.TieAtTheTop().Units.ToDictionary(u => u.UnitId, u => u.UnitName);
        return new NominationsDecided(DienBienBallot.Cluster, DienBienBallot.Year, new DateOnly(2023, 2, 17), "Hội trường UBND huyện Tủa Chùa",
            members.Select(m => new ConferenceDelegate(m, names[m], $"Đại biểu {names[m]}", "Phó Chủ tịch UBND huyện")).ToList(),
            new QuorumRecord("two-thirds", 5, 4, 5, "present", "Quy chế hoạt động của cụm"), "ballot",
            [
                new AwardDecision(DienBienBallot.Flag, "Cờ thi đua xuất sắc của UBND tỉnh", 1, [Winner], "ballot"),
                new AwardDecision("bang_khen", "Bằng khen của UBND tỉnh (Nhì, Ba)", 2, ["tua-chua"], "consensus"),
            ],
            [
                new BallotRoundResult(1, DienBienBallot.Flag, "Cờ thi đua xuất sắc của UBND tỉnh", 1, 5, 3, 5,
                    [new CandidateTally(Winner, names[Winner], 4, true), new CandidateTally("muong-cha", names["muong-cha"], 1, false)], new string('a', 64)),
            ],
            DateTimeOffset.UtcNow);
    }
}
