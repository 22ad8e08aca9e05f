using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tdkt.Registry.Accounts;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class When_people_sign_in(BrowserHost host)
{
    [Theory]
    [InlineData("admin", "/quan-tri", "Quản trị hệ thống")]
    [InlineData("board", "/tinh", "Ban Thi đua – Khen thưởng")]
    [InlineData("head", "/cum/dien-bien-vung-cao/2022", "Cụm trưởng")]
    [InlineData("unit", "/don-vi/nam-po", "Đơn vị thành viên")]
    public async Task Each_role_lands_on_its_own_page(string role, string landing, string roleText)
    {
        var person = role switch
        {
            "admin" => host.People.Admin,
            "board" => host.People.Board,
            "head" => host.People.Head,
            _ => host.People.Unit,
        };
        var page = await host.SignInAsync(person);
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == landing);
        (await page.TextContentAsync("#me-role")).Should().Be(roleText);
        await page.SaveAsync($"sign-in-{role}");
    }

    [Fact]
    public async Task A_demo_account_printed_at_first_start_signs_in()
    {
        var demo = await host.Host.Services.GetRequiredService<DemoAccounts>().Ready;
        var head = demo.Single(a => a.UserName == "tua-chua");
        var page = await host.SignInAsync(new Account(head.UserName, head.Password, head.Role, head.UnitId));
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/cum/dien-bien-vung-cao/2022");
        (await page.TextContentAsync("#me-unit")).Should().Be("UBND huyện Tủa Chùa");
        (await page.Locator("nav.menu a").AllTextContentsAsync()).Should().Contain(["Điều hành cụm", "Hội nghị", "Bản tự chấm đã nhận", "Tự chấm điểm"]);
        await page.SaveAsync("sign-in-demo-head");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Vietnamese()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        await page.SaveAsync("sign-in-page");
        await page.FillAsync("#userName", host.People.Board.UserName);
        await page.FillAsync("#password", "khong-phai-mat-khau");
        await page.ClickAsync("#sign-in");
        (await page.ContentAsync()).Should().Contain("Tên đăng nhập hoặc mật khẩu không đúng.");
        (await page.QuerySelectorAsync("#me-role")).Should().BeNull("nobody is signed in");
        await page.SaveAsync("sign-in-wrong-password");
    }

    [Fact]
    public async Task Signing_out_asks_for_the_password_again()
    {
        var page = await host.SignInAsync(host.People.Board);
        await page.ClickAsync("#sign-out");
        await page.GotoAsync("/tinh");
        await page.WaitForSelectorAsync("#password");
        (await page.QuerySelectorAsync("#me-role")).Should().BeNull();
    }
}
