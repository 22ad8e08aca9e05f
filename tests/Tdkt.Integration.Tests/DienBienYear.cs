using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Tdkt.Contracts;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// The Điện Biên highland cluster of 2022 (demo data, seed 004) driven through the HTTP APIs as its people would:
/// covenant, registration, reports, self-assessments with the hand-checked sample figures, the head's appraisal with
/// one explanation round, publication, an objection, and finalization. Works on any host that serves the APIs.
/// </summary>
public sealed class DienBienYear(Uri intake, Uri appraisal, ShiftedClock appraisalClock)
{
    public const string Cluster = "dien-bien-vung-cao";
    public const int Year = 2022;
    public static readonly string[] Units = ["tua-chua", "dien-bien-dong", "muong-cha", "muong-nhe", "nam-po"];
    private const string Head = "tua-chua";
    private readonly SampleSheets _sample = SampleSheets.Of("db-huyen-vung-cao");
    private string YearPath => $"/clusters/{Cluster}/years/{Year}";

    public HttpClient As(Uri service, string role, string? unit = null)
    {
        var client = new HttpClient { BaseAddress = service };
        client.DefaultRequestHeaders.Authorization = new("Bearer", ServiceHost.Token(role, unit));
        return client;
    }

    private HttpClient Unit(Uri service, string unit) => As(service, unit == Head ? Roles.Head : Roles.Unit, unit);

    /// <summary>The head confirms the covenant; every member registers its goals and signs.</summary>
    public async Task SignCovenantAsync()
    {
        using var head = As(intake, Roles.Head, Head);
        await Eventually.Until(() => head.PutAsJsonAsync($"/intake{YearPath}/covenant",
            new { content = "Giao ước thi đua năm 2022 của Cụm thi đua huyện vùng cao", date = "15/03/2022" }),
            r => r.IsSuccessStatusCode, what: "the covenant confirmed (intake has the year)");
        foreach (var unit in Units)
        {
            using var client = Unit(intake, unit);
            var plans = _sample.Unit(unit).Criteria.Where(c => c.Value.Plan is not null)
                .Select(c => new { criterionId = c.Key, target = c.Value.Plan }).ToList();
            (await client.PostAsJsonAsync($"/intake{YearPath}/units/{unit}/registration", new { targets = plans, commitments = "Hoàn thành các chỉ tiêu năm 2022." }))
                .StatusCode.Should().Be(HttpStatusCode.Created);
            (await client.PostAsync($"/intake{YearPath}/units/{unit}/covenant/signature", null)).StatusCode.Should().Be(HttpStatusCode.Created);
        }
    }

    /// <summary>Each unit sends its annual report (a PDF) and its self-assessment: the sample sheet's figures.</summary>
    public async Task<Dictionary<string, decimal>> SubmitAsync()
    {
        var selfScores = new Dictionary<string, decimal>();
        foreach (var unit in Units)
        {
            using var client = Unit(intake, unit);
            using var form = new MultipartFormDataContent { { new StringContent("annual"), "kind" }, { new StringContent("Báo cáo tổng kết năm 2022"), "title" } };
            form.Add(new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% báo cáo {unit}\n%%EOF\n")), "files", $"bao-cao-{unit}.pdf");
            (await client.PostAsync($"/intake{YearPath}/units/{unit}/reports", form)).StatusCode.Should().Be(HttpStatusCode.Created);
            var submitted = await client.PostAsync($"/intake{YearPath}/units/{unit}/self-assessments", _sample.Body(unit));
            submitted.StatusCode.Should().Be(HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync());
            selfScores[unit] = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("selfScore").GetDecimal();
        }
        return selfScores;
    }

    public async Task<JsonElement> TableAsync(string role = Roles.Head, string? unit = Head)
    {
        using var client = As(appraisal, role, unit);
        return await client.GetFromJsonAsync<JsonElement>($"/appraisal{YearPath}/table");
    }

    /// <summary>Waits until appraisal has every unit's self-assessment.</summary>
    public Task<JsonElement> TableWithEveryUnitAsync() => Eventually.Until(async () =>
    {
        using var head = As(appraisal, Roles.Head, Head);
        var response = await head.GetAsync($"/appraisal{YearPath}/table");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
    }, t => t.ValueKind == JsonValueKind.Object && t.GetProperty("units").EnumerateArray().All(u => u.GetProperty("selfTotal").ValueKind == JsonValueKind.Number),
        TimeSpan.FromSeconds(60), "every self-assessment in appraisal");

    /// <summary>The head checks one value against its evidence (same figure, with a comment), records Mường Nhé's pending conclusion, and asks Mường Chà to explain.</summary>
    public async Task AppraiseAsync()
    {
        using var head = As(appraisal, Roles.Head, Head);
        (await head.PutAsJsonAsync($"/appraisal{YearPath}/units/dien-bien-dong/values/criteria/1.8",
            new { score = 37m, comment = "Khớp với báo cáo của Công an huyện", revision = 0 })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await head.PostAsJsonAsync($"/appraisal{YearPath}/units/muong-nhe/statuses",
            new { factId = "under_investigation", reason = "Thanh tra tỉnh đang xác minh việc quản lý vốn chương trình 135, chưa có kết luận" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var asked = await head.PostAsJsonAsync($"/appraisal{YearPath}/explanations",
            new { unitId = "muong-cha", criterionId = "1.3", question = "Đề nghị giải trình số lao động được giải quyết việc làm (1.500) so với báo cáo quý III.", workingDays = 3 });
        asked.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var muongCha = As(appraisal, Roles.Unit, "muong-cha");
        (await muongCha.PostAsJsonAsync($"/appraisal{YearPath}/explanations/{id}/answer",
            new { answer = "Số liệu 1.500 lao động theo báo cáo của Phòng Lao động – TB&XH ngày 05/12/2022, đính kèm.", files = new[] { "Báo cáo số 412/BC-LĐTBXH" } }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>Publishes to the members; Nậm Pồ objects, the head answers; the window passes; the head finalizes.</summary>
    public async Task<ScoresFinalized> PublishAndFinalizeAsync()
    {
        using var head = As(appraisal, Roles.Head, Head);
        (await head.PostAsJsonAsync($"/appraisal{YearPath}/publication", new { objectionWorkingDays = 2 })).StatusCode.Should().Be(HttpStatusCode.OK);
        using var namPo = As(appraisal, Roles.Unit, "nam-po");
        (await namPo.GetAsync($"/appraisal{YearPath}/table")).StatusCode.Should().Be(HttpStatusCode.OK, "members read the published table");
        var objected = await namPo.PostAsJsonAsync($"/appraisal{YearPath}/objections",
            new { criterionId = "1.1", text = "Đề nghị xem lại điểm thu ngân sách: huyện đã nộp bổ sung số liệu tháng 12." });
        objected.StatusCode.Should().Be(HttpStatusCode.Created);
        var objectionId = (await objected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await head.PostAsync($"/appraisal{YearPath}/finalization", null)).StatusCode.Should().Be(HttpStatusCode.Conflict, "the window is still open");
        (await head.PostAsJsonAsync($"/appraisal{YearPath}/objections/{objectionId}/answer",
            new { answer = "Số liệu bổ sung tháng 12 không làm thay đổi tỷ lệ hoàn thành kế hoạch; giữ nguyên điểm." })).StatusCode.Should().Be(HttpStatusCode.OK);
        appraisalClock.Offset = TimeSpan.FromDays(10);
        var finalized = await head.PostAsync($"/appraisal{YearPath}/finalization", null);
        finalized.StatusCode.Should().Be(HttpStatusCode.OK, await finalized.Content.ReadAsStringAsync());
        return (await finalized.Content.ReadFromJsonAsync<ScoresFinalized>(JsonSerializerOptions.Web))!;
    }

    /// <summary>The whole year up to its final scores, for tests that start from them; an extra step may run after the submissions.</summary>
    public async Task<ScoresFinalized> FinalizeAsync(Func<Task>? afterSubmissions = null)
    {
        await SignCovenantAsync();
        await SubmitAsync();
        if (afterSubmissions is not null) await afterSubmissions();
        await TableWithEveryUnitAsync();
        await AppraiseAsync();
        return await PublishAndFinalizeAsync();
    }

    public async Task<JsonElement> AuditAsync(string query)
    {
        using var head = As(appraisal, Roles.Head, Head);
        return await head.GetFromJsonAsync<JsonElement>($"/appraisal{YearPath}/audit?{query}");
    }

    public async Task<JsonElement> ProvinceAsync()
    {
        using var board = As(appraisal, Roles.Board);
        return await board.GetFromJsonAsync<JsonElement>($"/appraisal/province/{Year}/proposals");
    }

    public async Task<JsonElement> CapsCheckAsync(object body)
    {
        using var board = As(appraisal, Roles.Board);
        var response = await board.PostAsJsonAsync($"/appraisal/province/{Year}/caps-check", body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The annual report step's miss as the workflows runtime announces it under a definition with "deduct: 2".</summary>
    public static DeadlineMissed AnnualReportMissed(string unit) => new(Cluster, Year, "annual-report", "Gửi báo cáo tổng kết năm về Trưởng cụm",
        unit, new DateOnly(2022, 12, 15), new DateTimeOffset(2022, 12, 15, 16, 59, 59, TimeSpan.Zero), 2m, false, [unit, "head"], DateTimeOffset.UtcNow);
}
