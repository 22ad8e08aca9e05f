using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tdkt.Platform.Auth;

namespace Tdkt.Testing;

/// <summary>The people of a conference calling the voting service: the head, the members (with their own tokens), anybody.</summary>
/// <param name="connections">Shared by every client made, when many calls should reuse connections (a province's
/// conferences at once); by default each client has its own.</param>
public sealed class ConferenceClients(Uri voting, string clusterId, int year, string head, HttpMessageHandler? connections = null)
{
    public string Path => $"/voting/clusters/{clusterId}/years/{year}";

    public HttpClient Head() => Client(ServiceHost.Token(Roles.Head, head));
    public HttpClient Unit(string unit) => Client(ServiceHost.Token(unit == head ? Roles.Head : Roles.Unit, unit));
    public HttpClient Anybody() => Client(null);

    private HttpClient Client(string? token)
    {
        var client = new HttpClient(connections ?? new SocketsHttpHandler(), disposeHandler: connections is null) { BaseAddress = voting };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await call;
        var text = await ExpectAsync(response, expected);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The problem's detail, or its field errors joined, as the user reads them.</summary>
    public async Task<string> ProblemAsync(Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        using var response = await call;
        var text = await ExpectAsync(response, expected);
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            throw new InvalidOperationException($"Expected problem details, got {response.Content.Headers.ContentType}: {text}");
        var problem = JsonDocument.Parse(text).RootElement;
        return problem.TryGetProperty("errors", out var errors)
            ? string.Join(" ", errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => $"{e.Name}: {m.GetString()}")))
            : problem.GetProperty("detail").GetString()!;
    }

    public async Task ScheduleSummaryAsync(string? date = null, string venue = "Hội trường UBND huyện")
    {
        using var h = Head();
        await OkAsync(h.PutAsJsonAsync($"{Path}/conferences/summary", new { date = date ?? $"15/01/{year + 1}", venue }));
    }

    public async Task CheckInAsync(IEnumerable<string> units)
    {
        using var h = Head();
        foreach (var unit in units)
            await OkAsync(h.PostAsJsonAsync($"{Path}/conferences/summary/attendance",
                new { unitId = unit, delegateName = $"Đại biểu {unit}", delegatePosition = "Phó Chủ tịch UBND" }));
    }

    private static async Task<string> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text;
    }

    public Task<JsonElement> ElectionReadyAsync() => Eventually.Until(async () =>
    {
        using var h = Head();
        return await OkAsync(h.GetAsync($"{Path}/election"));
    }, e => e.GetProperty("scoresReady").GetBoolean(), what: "the final scores reached the voting service");

    /// <summary>Every member present, the nomination opened by secret ballot, and a first round for the award.</summary>
    public async Task<int> BallotRoundAsync(string[] units, string awardId = "co", string[]? candidates = null)
    {
        await ScheduleSummaryAsync();
        await CheckInAsync(units);
        using var h = Head();
        await OkAsync(h.PostAsJsonAsync($"{Path}/election", new { method = "ballot" }));
        return await OpenRoundAsync(awardId, candidates);
    }

    public async Task<int> OpenRoundAsync(string awardId, string[]? candidates = null, int? seats = null)
    {
        using var h = Head();
        var round = await OkAsync(h.PostAsJsonAsync($"{Path}/rounds", new { awardId, candidates, seats }), HttpStatusCode.Created);
        return round.GetProperty("number").GetInt32();
    }

    /// <summary>Each unit takes its own code, as on its page.</summary>
    public async Task<Dictionary<string, string>> CodesAsync(int round, IEnumerable<string> units)
    {
        var codes = new Dictionary<string, string>();
        foreach (var unit in units)
        {
            using var u = Unit(unit);
            codes[unit] = (await OkAsync(u.PostAsync($"{Path}/rounds/{round}/code", null))).GetProperty("code").GetString()!;
        }
        return codes;
    }

    public async Task<string> CastAsync(string code, params string[] choices)
    {
        using var anybody = Anybody();
        return (await OkAsync(anybody.PostAsJsonAsync("/voting/public/ballots", new { code, choices }))).GetProperty("receipt").GetString()!;
    }

    public async Task<JsonElement> CloseAsync(int round)
    {
        using var h = Head();
        return await OkAsync(h.PostAsync($"{Path}/rounds/{round}/close", null));
    }

    public async Task<JsonElement> PublishedRoundAsync(int round)
    {
        using var anybody = Anybody();
        return await OkAsync(anybody.GetAsync($"/voting/public/clusters/{clusterId}/years/{year}/rounds/{round}"));
    }
}
