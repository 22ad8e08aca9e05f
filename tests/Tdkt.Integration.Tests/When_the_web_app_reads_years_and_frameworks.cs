using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>The reads the web pages make on the demo data: the years overview, a year with its unit names, its framework.</summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class When_the_web_app_reads_years_and_frameworks(EmbeddedHost embedded)
{
    private const string DienBien = "/registry/clusters/dien-bien-vung-cao/years/2022";

    [Fact]
    public async Task The_board_sees_every_demo_year_with_its_late_steps_as_progress_counts_them()
    {
        using var board = embedded.Client(ServiceHost.Token(Roles.Board));

        var years = await board.GetFromJsonAsync<JsonElement>("/workflows/years");

        var listed = years.EnumerateArray().Select(y => (y.GetProperty("clusterId").GetString(), y.GetProperty("year").GetInt32())).ToList();
        listed.Should().Contain(("dien-bien-vung-cao", 2022)).And.BeInAscendingOrder(y => y.Item1, StringComparer.Ordinal);
        var dienBien = years.EnumerateArray().Single(y => y.GetProperty("clusterId").GetString() == "dien-bien-vung-cao");
        var progress = await board.GetFromJsonAsync<JsonElement>("/workflows/clusters/dien-bien-vung-cao/years/2022/progress");
        var late = progress.GetProperty("steps").EnumerateArray()
            .Count(s => s.GetProperty("units").EnumerateArray().Any(u => u.GetProperty("status").GetString() == "missed"));
        late.Should().BeGreaterThan(0, "the demo year 2022 is long past");
        dienBien.GetProperty("lateSteps").GetInt32().Should().Be(late);
        dienBien.GetProperty("steps").GetInt32().Should().Be(progress.GetProperty("steps").GetArrayLength());
        (dienBien.GetProperty("definitionId").GetString(), dienBien.GetProperty("definitionVersion").GetInt32()).Should().Be(("db-cum-vung-cao", 1));
        dienBien.GetProperty("clusterName").GetString().Should().NotBeNullOrEmpty();
        // Escalations are recorded as the missed deadlines' timers fire, which may still be going on.
        var escalations = await Eventually.Until(
            async () => (await board.GetFromJsonAsync<JsonElement>("/workflows/years")).EnumerateArray()
                .Single(y => y.GetProperty("clusterId").GetString() == "dien-bien-vung-cao").GetProperty("openEscalations").GetInt32(),
            open => open > 0, TimeSpan.FromSeconds(30), "open escalations of the Điện Biên year");
        escalations.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_unit_sees_only_the_years_it_follows()
    {
        using var baBe = embedded.Client(ServiceHost.Token(Roles.Unit, "ba-be"));

        var years = await baBe.GetFromJsonAsync<JsonElement>("/workflows/years");

        years.EnumerateArray().Should().NotBeEmpty()
            .And.OnlyContain(y => y.GetProperty("clusterId").GetString() == "bac-kan-huyen-thanh-pho");
    }

    [Fact]
    public async Task A_member_reads_its_year_with_unit_names_and_its_framework()
    {
        using var namPo = embedded.Client(ServiceHost.Token(Roles.Unit, "nam-po"));

        var year = await namPo.GetFromJsonAsync<JsonElement>(DienBien);
        var framework = await namPo.GetFromJsonAsync<JsonElement>(DienBien + "/framework");

        year.GetProperty("head").GetProperty("id").GetString().Should().Be("tua-chua");
        year.GetProperty("head").GetProperty("name").GetString().Should().NotBe("tua-chua");
        year.GetProperty("members").EnumerateArray().Should().Contain(m => m.GetProperty("id").GetString() == "nam-po"
            && m.GetProperty("name").GetString()!.Contains("Nậm Pồ"));
        framework.GetProperty("framework").GetProperty("frameworkId").GetString().Should().Be("db-huyen-vung-cao");
        framework.GetProperty("framework").GetProperty("yaml").GetString().Should().Contain("id: db-huyen-vung-cao");
    }

    [Fact]
    public async Task A_unit_of_another_cluster_is_refused_the_framework_with_a_reason()
    {
        using var baBe = embedded.Client(ServiceHost.Token(Roles.Unit, "ba-be"));

        var response = await baBe.GetAsync(DienBien + "/framework");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()
            .Should().Contain("đơn vị thành viên của năm thi đua này");
    }
}
