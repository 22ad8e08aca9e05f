using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Auth;
using Tdkt.Registry;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

[Collection(RealServers.Name)]
public sealed class When_an_administrator_enters_the_official_calendar : IAsyncLifetime
{
    private RegistryServices _services = null!;
    private HttpClient _admin = null!;
    private ServiceHost _registry = null!;

    public async Task InitializeAsync()
    {
        _services = await RegistryServices.StartAsync();
        (_admin, _registry) = (_services.Admin, _services.Host);
    }

    [Fact]
    public async Task A_year_is_replaced_as_a_whole_and_announced_to_the_other_services()
    {
        await _admin.PutAsJsonAsync("/registry/calendar/2026", new
        {
            daysOff = new[] { new { date = "02/01/2026", reason = "Nghỉ bù Tết Dương lịch", source = "VPCP 12729/VPCP-KGVX" } },
            workingDays = new[] { new { date = "10/01/2026", reason = "Làm bù", source = "VPCP 12729/VPCP-KGVX" } },
        });
        var response = await _admin.PutAsJsonAsync("/registry/calendar/2026", new
        {
            daysOff = new[] { new { date = "02/01/2026", reason = "Nghỉ bù Tết Dương lịch", source = "VPCP 12729/VPCP-KGVX" } },
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = await _admin.GetFromJsonAsync<JsonElement>("/registry/calendar/2026");
        stored.GetProperty("daysOff").GetArrayLength().Should().Be(1);
        stored.GetProperty("workingDays").GetArrayLength().Should().Be(0, "the second decision replaced the first");
        await using var scope = _registry.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<RegistryDb>().Outbox
            .CountAsync(m => m.MessageType.StartsWith("Tdkt.Contracts.CalendarOverridesChanged"))).Should().Be(2);
    }

    [Fact]
    public async Task A_wrong_date_is_refused_naming_it_and_nothing_changes()
    {
        var response = await _admin.PutAsJsonAsync("/registry/calendar/2026", new
        {
            daysOff = new[] { new { date = "2026-01-02", reason = "Nghỉ bù", source = "" }, new { date = "02/01/2025", reason = "Nghỉ", source = "" } },
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo("daysOff[0].date", "daysOff[1].date");
        (await _admin.GetFromJsonAsync<JsonElement>("/registry/calendar/2026")).GetProperty("daysOff").GetArrayLength().Should().Be(0);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();
}
