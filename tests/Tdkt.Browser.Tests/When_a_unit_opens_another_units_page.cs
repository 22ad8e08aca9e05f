using FluentAssertions;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class When_a_unit_opens_another_units_page(BrowserHost host)
{
    [Theory]
    [InlineData("/don-vi/muong-cha")]
    [InlineData("/don-vi/muong-cha/tu-cham-diem/dien-bien-vung-cao/2022")]
    [InlineData("/don-vi/muong-cha/bai-da-nop/dien-bien-vung-cao/2022")]
    public async Task It_is_refused_with_the_rule(string path)
    {
        var page = await host.SignInAsync(host.People.Unit);
        var response = await page.GotoAsync(path);
        response!.Status.Should().Be(403);
        (await page.TextContentAsync("#refused")).Should().Contain("đơn vị mình");
        (await page.ContentAsync()).Should().NotContain("Mường Chà", "nothing of the other unit is shown");
        if (path == "/don-vi/muong-cha") await page.SaveAsync("unit-refused-other-unit");
    }

    [Fact]
    public async Task An_admin_page_is_refused_to_a_unit()
    {
        var page = await host.SignInAsync(host.People.Unit);
        await page.GotoAsync("/quan-tri/nguoi-dung");
        (await page.TextContentAsync("h1")).Should().Be("Không được phép");
        await page.SaveAsync("unit-refused-admin-page");
    }
}
