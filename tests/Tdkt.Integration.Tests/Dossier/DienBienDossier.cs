using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using FluentAssertions;
using Tdkt.Integration.Tests.Voting;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Dossier;

/// <summary>
/// The Điện Biên dossier after its conference, through the HTTP APIs as its people would: Tủa Chùa's achievement
/// report uploaded to intake; the draft the dossier service assembles; the head approves; Ban TĐKT returns it; the
/// head regenerates and approves version 2; Ban TĐKT acknowledges it. Works on any host serving intake and dossier.
/// </summary>
public sealed class DienBienDossier(Uri intake, Uri dossier)
{
    private static readonly string YearPath = $"/dossier/clusters/{DienBienYear.Cluster}/years/{DienBienYear.Year}";
    public static readonly byte[] AchievementReport = SampleFiles.Pdf("Báo cáo thành tích năm 2022 của UBND huyện Tủa Chùa", padTo: 4096);

    private static HttpClient As(Uri service, string role, string? unit = null)
    {
        var client = new HttpClient { BaseAddress = service };
        client.DefaultRequestHeaders.Authorization = new("Bearer", ServiceHost.Token(role, unit));
        return client;
    }

    public async Task UploadAchievementReportAsync()
    {
        using var head = As(intake, Roles.Head, "tua-chua");
        using var form = new MultipartFormDataContent { { new StringContent("achievement"), "kind" }, { new StringContent("Báo cáo thành tích năm 2022"), "title" } };
        form.Add(new ByteArrayContent(AchievementReport), "files", "bao-cao-thanh-tich.pdf");
        (await head.PostAsync($"/intake/clusters/{DienBienYear.Cluster}/years/{DienBienYear.Year}/units/tua-chua/reports", form))
            .StatusCode.Should().Be(HttpStatusCode.Created);
    }

    public async Task RunAsync()
    {
        using var head = As(dossier, Roles.Head, "tua-chua");
        using var board = As(dossier, Roles.Board);
        var draft = await Eventually.Until(() => head.GetFromJsonAsync<JsonElement>(YearPath), d => d.GetProperty("versions").GetArrayLength() > 0,
            what: "the draft assembled from the nominations");
        var first = draft.GetProperty("versions")[0];
        (first.GetProperty("version").GetInt32(), first.GetProperty("status").GetString()).Should().Be((1, "draft"));
        first.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).Should().Equal(
            "proposal-letter", "minutes", "score-table", "vote-count", "achievement-report");
        await PackageShouldHoldTheUploadAsync(head, 1);
        (await board.GetFromJsonAsync<JsonElement>("/dossier/inbox")).EnumerateArray()
            .Should().NotContain(i => i.GetProperty("clusterId").GetString() == DienBienYear.Cluster, "a draft is not sent");

        await OkAsync(head.PostAsync($"{YearPath}/approval", null));
        Item(await board.GetFromJsonAsync<JsonElement>("/dossier/inbox")).GetProperty("status").GetString().Should().Be("submitted");
        await OkAsync(board.PostAsJsonAsync($"{YearPath}/versions/1/return",
            new { reason = "Thiếu chữ ký của Trưởng cụm trên tờ trình." }));
        (await board.PostAsync($"{YearPath}/versions/1/acknowledgement", null)).StatusCode.Should().Be(HttpStatusCode.Conflict, "a returned version is done with");

        await OkAsync(head.PostAsync($"{YearPath}/draft", null));
        await OkAsync(head.PostAsync($"{YearPath}/approval", null));
        Item(await board.GetFromJsonAsync<JsonElement>("/dossier/inbox")).GetProperty("version").GetInt32().Should().Be(2);
        await OkAsync(board.PostAsync($"{YearPath}/versions/2/acknowledgement", null));

        var done = await head.GetFromJsonAsync<JsonElement>(YearPath);
        done.GetProperty("versions").EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("status").GetString()))
            .Should().Equal((2, "acknowledged"), (1, "returned"));
        done.GetProperty("versions")[1].GetProperty("returnReason").GetString().Should().Contain("Thiếu chữ ký");
        await PackageShouldHoldTheUploadAsync(board, 1);
        (await head.PostAsync($"{YearPath}/draft", null)).StatusCode.Should().Be(HttpStatusCode.Conflict, "an acknowledged dossier is not redrafted");
    }

    /// <summary>The zip holds the four documents, the report byte for byte, and a manifest whose hashes match the files.</summary>
    private static async Task PackageShouldHoldTheUploadAsync(HttpClient client, int version)
    {
        var bytes = await client.GetByteArrayAsync($"{YearPath}/versions/{version}/package");
        using var zip = new ZipArchive(new MemoryStream(bytes));
        zip.Entries.Select(e => e.FullName).Should().Equal("01-to-trinh.docx", "02-bien-ban-hoi-nghi.docx", "03-bang-tong-hop-diem.docx",
            "04-bien-ban-kiem-phieu.docx", "05-bao-cao-thanh-tich-tua-chua.pdf", "manifest.json");
        Read(zip, "05-bao-cao-thanh-tich-tua-chua.pdf").Should().Equal(AchievementReport);
        var manifest = JsonDocument.Parse(Read(zip, "manifest.json")).RootElement;
        manifest.GetProperty("version").GetInt32().Should().Be(version);
        foreach (var file in manifest.GetProperty("files").EnumerateArray())
            Convert.ToHexStringLower(SHA256.HashData(Read(zip, file.GetProperty("name").GetString()!))).Should().Be(file.GetProperty("sha256").GetString());
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var memory = new MemoryStream();
        zip.GetEntry(name)!.Open().CopyTo(memory);
        return memory.ToArray();
    }

    private static JsonElement Item(JsonElement inbox) => inbox.EnumerateArray().Single(i => i.GetProperty("clusterId").GetString() == DienBienYear.Cluster);

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
