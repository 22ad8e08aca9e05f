using System.Net.Http.Json;
using FluentAssertions;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class When_a_unit_registers_and_signs_the_covenant(BrowserHost host)
{
    [Fact]
    public async Task The_registration_keeps_its_targets_and_the_signature_is_listed_for_everyone()
    {
        var person = await Accounts.CreateOneAsync(host.Host, "thu-dien-bien-dong", "Giàng A Đông", "unit", "dien-bien-dong");
        var unit = await host.SignInAsync(person);
        await unit.GotoAsync("/don-vi/dien-bien-dong/dang-ky/dien-bien-vung-cao/2022");
        (await unit.Locator("[data-target]").CountAsync()).Should().Be(7, "the seven percent-of-plan criteria take a target");
        await unit.FillAsync("#t-1\\.1", "500");
        await unit.FillAsync("#t-1\\.7", "1.000");
        await unit.FillAsync("#models", "Mô hình dân vận khéo – xã Phình Giàng");
        await unit.FillAsync("#exemplars", "Giàng A Páo – Chủ tịch UBND xã");
        await unit.ClickAsync("#register");
        (await unit.TextContentAsync("#registered")).Should().Contain("Đã gửi bản đăng ký thi đua lần");
        await unit.GotoAsync("/don-vi/dien-bien-dong/dang-ky/dien-bien-vung-cao/2022");
        (await unit.InputValueAsync("#t-1\\.7")).Should().Be("1000");
        (await unit.InputValueAsync("#models")).Should().Be("Mô hình dân vận khéo – xã Phình Giàng");
        await unit.SaveAsync("unit-registration");

        // The head confirmed the covenant (its own page is tested with Bắc Kạn's head).
        using var head = host.Api("head", "tua-chua");
        (await head.PutAsJsonAsync("/intake/clusters/dien-bien-vung-cao/years/2022/covenant",
            new { content = "Các huyện vùng cao cam kết thi đua hoàn thành thắng lợi nhiệm vụ năm 2022.", date = "15/02/2022" }))
            .IsSuccessStatusCode.Should().BeTrue();
        await unit.GotoAsync("/don-vi/dien-bien-dong/giao-uoc/dien-bien-vung-cao/2022");
        (await unit.TextContentAsync("#covenant")).Should().Contain("15/02/2022");
        await unit.ClickAsync("#sign");
        (await unit.TextContentAsync("#signed")).Should().Contain("Đơn vị đã ký");
        (await unit.TextContentAsync("[data-signed='dien-bien-dong']")).Should().Contain("Đã ký");
        (await unit.Locator("#sign").CountAsync()).Should().Be(0);
        await unit.SaveAsync("unit-covenant-signed");
    }

    [Fact]
    public async Task The_head_confirms_the_covenant_and_sees_who_registered_and_signed()
    {
        var person = await Accounts.CreateOneAsync(host.Host, "thu-cho-don", "Hoàng Văn Đồn", "head", "cho-don");
        var head = await host.SignInAsync(person);
        await head.GotoAsync("/cum/bac-kan-huyen-thanh-pho/2019/giao-uoc");
        await head.FillAsync("#content", "Các huyện, thành phố cam kết thi đua thực hiện thắng lợi nhiệm vụ năm 2019.");
        await head.FillAsync("#date", "32/13/2019");
        await head.ClickAsync("#confirm");
        (await head.TextContentAsync("[data-error-for='date']")).Should().Contain("dd/MM/yyyy");
        await head.FillAsync("#date", "20/03/2019");
        await head.ClickAsync("#confirm");
        (await head.TextContentAsync("#confirmed")).Should().Contain("Đã xác nhận");
        (await head.Locator("#signatures [data-unsigned]").CountAsync()).Should().BeGreaterThan(0);
        (await head.TextContentAsync("#registrations")).Should().Contain("Không xét thi đua năm 2019");
        await head.SaveAsync("head-covenant");
    }
}
