using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tdkt.Platform.Auth;

namespace Tdkt.Testing;

/// <summary>Registration and the covenant as units and the head drive them over intake's HTTP API.</summary>
/// <param name="connections">Shared by every client made, when many calls should reuse connections (a province's
/// units at once); by default each client has its own.</param>
public sealed class CovenantClient(Uri intake, string clusterId, int year, string head, HttpMessageHandler? connections = null)
{
    public CovenantClient(Uri intake, TestCluster cluster) : this(intake, cluster.Id, cluster.Year, cluster.Head) { }

    private string Year => $"/intake/clusters/{clusterId}/years/{year}";

    public static object Goals(params (string Criterion, decimal Target)[] targets) => new
    {
        targets = targets.Select(t => new { criterionId = t.Criterion, target = t.Target }),
        models = new[] { new { name = "Mô hình “Dân vận khéo” ở bản vùng cao", description = "Mỗi xã một mô hình" } },
        exemplars = new[] { new { name = "Lò Văn Pọm", position = "Trưởng bản" } },
        commitments = "Hoàn thành 100% chỉ tiêu kế hoạch năm.",
    };

    /// <summary>Registers, waiting until intake has its copy of the newly opened year.</summary>
    public Task<HttpResponseMessage> RegisterAsync(string unit, object body) =>
        WhenOpen(() => Send(Roles.Unit, unit, c => c.PostAsJsonAsync($"{Year}/units/{unit}/registration", body)));

    public Task<HttpResponseMessage> RegisterRawAsync(string unit, string json) =>
        WhenOpen(() => Send(Roles.Unit, unit, c => c.PostAsync($"{Year}/units/{unit}/registration",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"))));

    public Task<HttpResponseMessage> ConfirmAsync(string content = "Các đơn vị thi đua hoàn thành xuất sắc nhiệm vụ năm.", string date = "14/03/2025") =>
        WhenOpen(() => Send(Roles.Head, head, c => c.PutAsJsonAsync($"{Year}/covenant", new { content, date })));

    /// <summary>A unit signs for itself; the head unit signs with its head token.</summary>
    public Task<HttpResponseMessage> SignAsync(string unit) =>
        WhenOpen(() => Send(unit == head ? Roles.Head : Roles.Unit, unit, c => c.PostAsync($"{Year}/units/{unit}/covenant/signature", null)));

    public Task<JsonElement> CovenantAsync() => ReadAsync($"{Year}/covenant");

    public Task<JsonElement> StatusAsync() => ReadAsync($"{Year}/registrations/status");

    public Task<JsonElement> RegistrationsAsync(string unit) => ReadAsync($"{Year}/units/{unit}/registration", Roles.Unit, unit);

    private async Task<JsonElement> ReadAsync(string path, string role = Roles.Head, string? unit = null)
    {
        var response = await Send(role, unit ?? head, c => c.GetAsync(path));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<HttpResponseMessage> Send(string role, string unit, Func<HttpClient, Task<HttpResponseMessage>> send)
    {
        using var client = new HttpClient(connections ?? new SocketsHttpHandler(), disposeHandler: connections is null) { BaseAddress = intake };
        client.DefaultRequestHeaders.Authorization = new("Bearer", ServiceHost.Token(role, unit));
        return await send(client);
    }

    private static Task<HttpResponseMessage> WhenOpen(Func<Task<HttpResponseMessage>> send) =>
        Eventually.Until(send, r => r.StatusCode != HttpStatusCode.NotFound, TimeSpan.FromSeconds(60), "intake to learn the cluster-year");
}
