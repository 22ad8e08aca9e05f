using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Calendar;
using Tdkt.Contracts;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>The head's value for one criterion: checked against the framework, never overwriting another person's save unseen.</summary>
[Collection(RealServers.Name)]
public sealed class When_the_head_appraises_a_criterion : IAsyncLifetime
{
    private SliceServices _services = null!;
    private TestCluster _cluster = null!;
    private HttpClient _head = null!;

    public async Task InitializeAsync()
    {
        _services = await SliceServices.StartAsync();
        _cluster = _services.Cluster;
        await _services.Slice.SubmitWhenOpenAsync(_cluster.Member, TestCluster.Body(("1.1", 500m)));
        _head = _services.Appraisal.Client(ServiceHost.Token(Roles.Head, _cluster.Head));
        await Eventually.Until(() => _head.GetAsync(Table), r => r.IsSuccessStatusCode, what: "the year in appraisal");
    }

    private string Year => $"/appraisal/clusters/{_cluster.Id}/years/{_cluster.Year}";
    private string Table => $"{Year}/table";
    private string Value(string criterion) => $"{Year}/units/{_cluster.Member}/values/criteria/{criterion}";

    [Fact]
    public async Task The_second_of_two_people_saving_it_gets_409_with_the_value_the_first_saved()
    {
        var first = await _head.PutAsJsonAsync(Value("1.1"), new { score = 450m, comment = "Trừ phần chưa có minh chứng", revision = 0 });
        var second = await _head.PutAsJsonAsync(Value("1.1"), new { score = 480m, comment = "Theo báo cáo quý IV", revision = 0 });

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var current = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("current");
        (current.GetProperty("revision").GetInt32(), current.GetProperty("input").GetProperty("score").GetDecimal()).Should().Be((1, 450m));
        var row = await RowAsync("1.1");
        (row.GetProperty("selfPoints").GetDecimal(), row.GetProperty("points").GetDecimal()).Should().Be((500m, 450m));
    }

    [Fact]
    public async Task The_first_values_of_a_whole_cluster_saved_at_once_are_all_saved()
    {
        var wide = TestCluster.Create() with { MoreMembers = 14 };
        await wide.ImportAsync(_services.Registry.Address);
        // Read in the database, not the API: nobody has opened the year's appraisal before the saves.
        await Eventually.Until(() => _services.InAppraisalAsync(db => db.ClusterYears.AnyAsync(y => y.ClusterId == wide.Id)),
            known => known, what: "the year in appraisal");
        using var head = _services.Appraisal.Client(ServiceHost.Token(Roles.Head, wide.Head));
        var path = $"/appraisal/clusters/{wide.Id}/years/{wide.Year}";

        var saved = await Task.WhenAll(wide.Members.Select(unit => head.PutAsJsonAsync($"{path}/units/{unit}/values/criteria/1.1",
            new { score = 100m, comment = "Đã đối chiếu với minh chứng", revision = 0 })));

        saved.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        var table = await head.GetFromJsonAsync<JsonElement>($"{path}/table");
        table.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("criteria").EnumerateArray()
            .Single(c => c.GetProperty("criterionId").GetString() == "1.1").GetProperty("points").GetDecimal())
            .Should().HaveCount(wide.Members.Count).And.AllBeEquivalentTo(100m);
    }

    [Fact]
    public async Task An_unknown_criterion_or_a_value_over_its_maximum_is_refused_naming_it_and_nothing_changes()
    {
        var unknown = await _head.PutAsJsonAsync(Value("zz.99"), new { score = 1m, comment = "Thử", revision = 0 });
        var over = await _head.PutAsJsonAsync(Value("1.1"), new { score = 1001m, comment = "Thử", revision = 0 });
        var noComment = await _head.PutAsJsonAsync(Value("1.1"), new { score = 10m, revision = 0 });

        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("criterionId")[0].GetString()
            .Should().Contain("Không có tiêu chí mã \"zz.99\"");
        (await over.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("score")[0].GetString()
            .Should().StartWith("Tiêu chí 1.1 «Kết quả thực hiện nhiệm vụ»").And.Contain("vượt điểm tối đa");
        (await noComment.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("comment")[0].GetString()
            .Should().Be("Nhận xét thẩm định là bắt buộc.");
        (await RowAsync("1.1")).GetProperty("appraisedInput").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Members_read_the_table_only_once_it_is_published_to_them()
    {
        using var member = _services.Appraisal.Client(ServiceHost.Token(Roles.Unit, _cluster.Member));
        var before = await member.GetAsync(Table);

        (await _head.PostAsJsonAsync($"{Year}/publication", new { objectionWorkingDays = 3 })).StatusCode.Should().Be(HttpStatusCode.OK);
        var after = await member.GetAsync(Table);

        before.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        after.StatusCode.Should().Be(HttpStatusCode.OK);
        (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stage").GetString().Should().Be("published");
    }

    [Fact]
    public async Task A_sheet_filled_in_Excel_comes_back_as_appraised_values_and_a_bad_one_by_cell_with_nothing_saved()
    {
        var download = await _head.GetAsync($"{Year}/units/{_cluster.Member}/sheet");
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var exported = new MemoryStream(await download.Content.ReadAsByteArrayAsync());

        // Row 5 is the group, 6 is criterion 1.1 (pre-filled with the unit's 500), 7 is 1.2 (a task: 10 or 0 points).
        var refused = await UploadAsync(ExcelFile.Fill(exported, ("F6", 2000m), ("F7", 7m)));
        var accepted = await UploadAsync(ExcelFile.Fill(exported, ("F6", 420m)));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name)
            .Should().BeEquivalentTo("F6", "F7");
        accepted.StatusCode.Should().Be(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").EnumerateArray().Select(c => c.GetString()).Should().Equal("1.1");
        var row = await RowAsync("1.1");
        (row.GetProperty("points").GetDecimal(), row.GetProperty("comment").GetString()).Should().Be((420m, "Nhập từ bảng tính Excel (ô F6)"));
        (await RowAsync("1.2")).GetProperty("appraisedInput").ValueKind.Should().Be(JsonValueKind.Null, "the refused upload saved nothing");
    }

    [Fact]
    public async Task A_sheet_does_not_overwrite_a_value_someone_saved_after_it_was_downloaded()
    {
        using var exported = new MemoryStream(await (await _head.GetAsync($"{Year}/units/{_cluster.Member}/sheet")).Content.ReadAsByteArrayAsync());
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        (await _head.PutAsJsonAsync(Value("1.1"), new { score = 470m, comment = "Cụm phó thẩm định lại", revision = 0 })).EnsureSuccessStatusCode();

        var upload = await UploadAsync(ExcelFile.Fill(exported, ("F6", 420m)));

        upload.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Contain("ô F6 (tiêu chí 1.1): điểm 470");
        (await RowAsync("1.1")).GetProperty("points").GetDecimal().Should().Be(470m);
    }

    [Fact]
    public async Task An_explanation_is_due_in_working_days_of_the_calendar_the_registry_decided()
    {
        var today = VietnamTime.Today(TimeProvider.System);
        var nextWorkingDay = WorkingCalendar.Vietnam().AddWorkingDays(today, 1);
        var dayOff = new CalendarDay(nextWorkingDay, "Nghỉ bù theo quyết định của UBND tỉnh", "Quyết định thử nghiệm");
        await _services.Appraisal.Services.GetRequiredService<IBus>().Publish(
            new CalendarOverridesChanged(nextWorkingDay.Year, [dayOff], [], DateTimeOffset.UtcNow));
        await Eventually.Until(() => _services.InAppraisalAsync(db => db.CalendarDecisions.AnyAsync(d => d.Year == nextWorkingDay.Year)),
            found => found, what: "the calendar decision in appraisal");

        var asked = await _head.PostAsJsonAsync($"{Year}/explanations",
            new { unitId = _cluster.Member, question = "Đề nghị giải trình điểm tiêu chí 1.1.", workingDays = 1 });

        asked.StatusCode.Should().Be(HttpStatusCode.Created);
        var due = DateOnly.Parse((await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        due.Should().BeAfter(nextWorkingDay, "the day the registry declared off is not a working day");
        due.Should().Be(WorkingCalendar.VietnamWith([new YearOverrides(nextWorkingDay.Year, [new OverrideDay(dayOff.Date, dayOff.Reason, dayOff.Source)], [])])
            .AddWorkingDays(today, 1));
    }

    private Task<HttpResponseMessage> UploadAsync(Stream xlsx) => _head.PostAsync($"{Year}/units/{_cluster.Member}/sheet",
        new MultipartFormDataContent { { new StreamContent(xlsx), "file", "phieu-cham.xlsx" } });

    private async Task<JsonElement> RowAsync(string criterion)
    {
        var table = await _head.GetFromJsonAsync<JsonElement>(Table);
        return table.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetString() == _cluster.Member)
            .GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("criterionId").GetString() == criterion);
    }

    public async Task DisposeAsync()
    {
        _head.Dispose();
        await _services.DisposeAsync();
    }
}
