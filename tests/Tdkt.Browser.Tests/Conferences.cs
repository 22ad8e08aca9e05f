using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Tdkt.Testing;

namespace Tdkt.Browser.Tests;

/// <summary>The head schedules the summary conference in the voting service, the one way its date is set.</summary>
public static class Conferences
{
    /// <summary>Schedules it through the API and waits until the workflows runtime has re-planned the year with it.</summary>
    public static async Task ScheduleSummaryAsync(BrowserHost host, string clusterId, int year, string head, string date, string venue)
    {
        using var api = host.Api("head", head);
        var response = await api.PutAsJsonAsync($"/voting/clusters/{clusterId}/years/{year}/conferences/summary", new { date, venue });
        response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
        await SummaryPlannedAsync(host, clusterId, year, date);
    }

    /// <summary>The day the workflows runtime planned the summary conference on, once it is the given one (dd/MM/yyyy).</summary>
    public static Task SummaryPlannedAsync(BrowserHost host, string clusterId, int year, string date)
    {
        var day = DateOnly.ParseExact(date, "dd/MM/yyyy").ToString("yyyy-MM-dd");
        return Eventually.Until(async () =>
        {
            using var board = host.Api("board");
            var progress = await board.GetFromJsonAsync<JsonElement>($"/workflows/clusters/{clusterId}/years/{year}/progress");
            return progress.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("stepId").GetString() == "summary-conference")
                .GetProperty("scheduled").ToString();
        }, scheduled => scheduled == day, TimeSpan.FromSeconds(60), $"the summary conference planned on {date}");
    }
}
