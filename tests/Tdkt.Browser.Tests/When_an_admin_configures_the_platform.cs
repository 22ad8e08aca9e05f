using System.Net.Http.Json;
using FluentAssertions;
using Microsoft.Playwright;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class When_an_admin_configures_the_platform(BrowserHost host)
{
    [Fact]
    public async Task The_overview_counts_what_is_configured()
    {
        var admin = await host.SignInAsync(host.People.Admin);
        await admin.GotoAsync("/quan-tri");
        int.Parse((await admin.TextContentAsync("#count-clusters"))!.Trim()).Should().BeGreaterThanOrEqualTo(2);
        await admin.SaveAsync("admin-overview");
    }

    [Fact]
    public async Task A_new_cluster_and_unit_appear_and_a_bad_id_is_named()
    {
        var admin = await host.SignInAsync(host.People.Admin);
        await admin.GotoAsync("/quan-tri/cum-khoi");
        await admin.FillAsync("#cluster-id", "Cụm Sai");
        await admin.FillAsync("#cluster-name", "Cụm thử nghiệm");
        await admin.ClickAsync("#create-cluster");
        (await admin.Locator("#new-cluster .field-error").CountAsync()).Should().BeGreaterThan(0);
        await admin.SaveAsync("admin-clusters-refused");

        await admin.FillAsync("#cluster-id", "cum-thu-nghiem");
        await admin.FillAsync("#cluster-name", "Cụm thi đua thử nghiệm");
        await admin.ClickAsync("#create-cluster");
        await admin.WaitForSelectorAsync("[data-cluster='cum-thu-nghiem']");
        await admin.SelectOptionAsync("#unit-cluster", "cum-thu-nghiem");
        await admin.FillAsync("#unit-id", "xa-thu-nghiem");
        await admin.FillAsync("#unit-name", "UBND xã Thử Nghiệm");
        await admin.FillAsync("#unit-emails", "vanthu@thunghiem.gov.vn");
        await admin.ClickAsync("#add-unit");
        (await admin.Locator("[data-cluster='cum-thu-nghiem'] [data-unit='xa-thu-nghiem']").CountAsync()).Should().Be(1);
        await admin.SaveAsync("admin-clusters");
    }

    [Fact]
    public async Task A_created_user_signs_in_with_the_password_shown_once_and_a_reset_replaces_it()
    {
        var admin = await host.SignInAsync(host.People.Admin);
        await admin.GotoAsync("/quan-tri/nguoi-dung");
        await admin.FillAsync("#user-id", "vanthu-muong-nhe");
        await admin.FillAsync("#user-name", "Giàng A Chứ");
        await admin.SelectOptionAsync("#user-role", "unit");
        await admin.SelectOptionAsync("#user-unit", "muong-nhe");
        await admin.ClickAsync("#create-user");
        var password = (await admin.TextContentAsync("#password"))!.Trim();
        await admin.SaveAsync("admin-users-created");

        var user = await host.SignInAsync(new Account("vanthu-muong-nhe", password, "unit", "muong-nhe"));
        (await user.TextContentAsync("#me-name")).Should().Be("Giàng A Chứ");

        await admin.GotoAsync("/quan-tri/nguoi-dung");
        await admin.ClickAsync("button[data-reset='vanthu-muong-nhe']");
        var reset = (await admin.TextContentAsync("#password"))!.Trim();
        reset.Should().NotBe(password);
        await admin.SaveAsync("admin-users-reset");

        var again = await host.NewPageAsync();
        await again.GotoAsync("/");
        await again.FillAsync("#userName", "vanthu-muong-nhe");
        await again.FillAsync("#password", password);
        await again.ClickAsync("#sign-in");
        (await again.ContentAsync()).Should().Contain("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    [Fact]
    public async Task The_years_page_lists_each_clusters_years()
    {
        var admin = await host.SignInAsync(host.People.Admin);
        await admin.GotoAsync("/quan-tri/nam-thi-dua");
        (await admin.Locator("[data-cluster='dien-bien-vung-cao'] [data-year]").CountAsync()).Should().BeGreaterThan(0);
        await admin.SaveAsync("admin-years");
    }

    [Fact]
    public async Task A_year_is_created_with_its_points_table_opened_and_given_a_workflow_and_the_table_is_then_locked()
    {
        using var api = host.Api("admin");
        (await api.PostAsJsonAsync("/registry/clusters", new { id = "khoi-truong-thu", name = "Khối các trường thử nghiệm", kind = "block" })).EnsureSuccessStatusCode();
        foreach (var (id, name) in new[] { ("truong-a", "Trường THPT A"), ("truong-b", "Trường THPT B"), ("truong-c", "Trường THPT C") })
            (await api.PostAsJsonAsync("/registry/clusters/khoi-truong-thu/units", new { id, name, emails = new[] { $"{id}@thu.edu.vn" } })).EnsureSuccessStatusCode();

        var admin = await host.SignInAsync(host.People.Admin);
        await admin.GotoAsync("/quan-tri/nam-thi-dua");
        var block = admin.Locator("[data-cluster='khoi-truong-thu']");
        await block.Locator("summary").ClickAsync();
        await admin.FillAsync("#year-khoi-truong-thu", "2026");
        await admin.SelectOptionAsync("#head-khoi-truong-thu", "truong-a");
        foreach (var member in new[] { "truong-a", "truong-b", "truong-c" }) await block.Locator($"input[name=members][value={member}]").CheckAsync();
        await admin.SelectOptionAsync("#framework-new-khoi-truong-thu", "bk-cum-huyen|1");
        await block.Locator("input[name=open]").CheckAsync();
        await admin.ClickAsync("[data-create-year='khoi-truong-thu']");
        block = admin.Locator("[data-cluster='khoi-truong-thu']");
        (await block.Locator("tr[data-year='2026']").TextContentAsync()).Should().Contain("Đã mở");
        // Opened with its points table: units score against it, so it can no longer be changed here.
        (await block.Locator("[data-framework-locked='2026']").TextContentAsync()).Should().Contain("phiên bản 1");
        (await block.Locator("tr[data-year='2026'] select[name=framework]").CountAsync()).Should().Be(0);
        await admin.SelectOptionAsync("#definition-khoi-truong-thu", "bk-khoi-truong-hoc");
        await admin.ClickAsync("[data-assign-definition='khoi-truong-thu']");
        (await admin.TextContentAsync("[data-saved='khoi-truong-thu']")).Should().NotBeNullOrWhiteSpace();
        await admin.SaveAsync("admin-years-created");

        // The year now runs its workflow: its progress has steps with due dates.
        using var board = host.Api("board");
        var progress = await Eventually(() => board.GetAsync("/workflows/clusters/khoi-truong-thu/years/2026/progress"));
        progress.Should().Contain("\"steps\"");
    }

    private static async Task<string> Eventually(Func<Task<HttpResponseMessage>> probe)
    {
        for (var i = 0; ; i++)
        {
            using var response = await probe();
            if (response.IsSuccessStatusCode || i == 40) return await response.Content.ReadAsStringAsync();
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task A_broken_framework_is_reported_by_path_and_a_stored_one_reads_as_a_table()
    {
        var admin = await host.SignInAsync(host.People.Admin);
        await admin.GotoAsync("/quan-tri/bang-diem");
        await admin.FillAsync("#framework-yaml", "id: bang-thu\nname: Bảng thử\nscale: 100\ngroups:\n  - id: g1\n    name: Nhóm 1\n    max: abc\n");
        await admin.ClickAsync("#upload-framework");
        (await admin.Locator("#report li[data-path]").CountAsync()).Should().BeGreaterThan(0);
        await admin.SaveAsync("admin-frameworks-report");

        await admin.GotoAsync("/quan-tri/bang-diem/db-huyen-vung-cao/1");
        (await admin.Locator("#framework-table tr[data-criterion]").CountAsync()).Should().BeGreaterThan(10);
        (await admin.TextContentAsync("#framework-table")).Should().Contain("Thu ngân sách");
        await admin.SaveAsync("admin-framework-table");
    }

    [Fact]
    public async Task A_calendar_day_that_does_not_exist_is_named_in_its_row()
    {
        var admin = await host.SignInAsync(host.People.Admin);
        await admin.GotoAsync("/quan-tri/lich?nam=2023");
        await admin.SaveAsync("admin-calendar");
        var dates = admin.Locator("#daysOff input[name$='.date']");
        var last = dates.Nth(await dates.CountAsync() - 1);
        await last.FillAsync("31/02/2023");
        await admin.ClickAsync("#save-calendar");
        (await admin.Locator("#daysOff .field-error").CountAsync()).Should().BeGreaterThan(0);
        (await admin.QuerySelectorAsync("#saved")).Should().BeNull();
        await admin.SaveAsync("admin-calendar-refused");
    }

    [Fact]
    public async Task Two_versions_of_a_definition_are_compared_line_by_line()
    {
        using var api = host.Api("admin");
        var yaml = await File.ReadAllTextAsync(Path.Combine(Screenshots.RepositoryRoot, "workflows", "definitions", "db-cum-vung-cao.yaml"));
        var first = yaml.Replace("id: db-cum-vung-cao", "id: thu-so-sanh");
        var second = first.Replace("version: 1", "version: 2").Replace("days: 10", "days: 12");
        (await api.PostAsJsonAsync("/workflows/definitions", new { yaml = first })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/workflows/definitions", new { yaml = second })).EnsureSuccessStatusCode();

        var admin = await host.SignInAsync(host.People.Admin);
        await admin.GotoAsync("/quan-tri/quy-trinh");
        (await admin.ContentAsync()).Should().Contain("thu-so-sanh");
        await admin.SaveAsync("admin-workflows");
        await admin.GotoAsync("/quan-tri/quy-trinh/thu-so-sanh/so-sanh?tu=1&den=2");
        (await admin.Locator("#diff del").AllTextContentsAsync()).Should().Contain(l => l.Contains("days: 10"));
        (await admin.Locator("#diff ins").AllTextContentsAsync()).Should().Contain(l => l.Contains("days: 12"));
        await admin.SaveAsync("admin-workflow-compare");
    }
}
