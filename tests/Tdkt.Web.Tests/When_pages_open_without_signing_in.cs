using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Tdkt.Web.Components;

namespace Tdkt.Web.Tests;

/// <summary>Every page needs a signed-in person (the web-page policy) unless it says [AllowAnonymous]: these are the few that do.</summary>
public class When_pages_open_without_signing_in
{
    [Fact]
    public void Only_the_refusal_page_and_the_three_ballot_pages_need_no_account()
    {
        var anonymous = typeof(App).Assembly.GetTypes()
            .Where(t => t.IsDefined(typeof(AllowAnonymousAttribute), inherit: true))
            .SelectMany(t => t.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Cast<RouteAttribute>())
            .Select(r => r.Template);
        anonymous.Should().BeEquivalentTo(
            "/khong-duoc-phep", "/bo-phieu", "/ket-qua-bo-phieu/{ClusterId}/{Year:int}/{Number:int}", "/kiem-tra-bien-nhan");
    }
}
