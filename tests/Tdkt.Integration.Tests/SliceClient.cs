using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>The slice as its users drive it over HTTP: a unit submits, the head reads in appraisal.</summary>
public sealed class SliceClient(Uri intake, Uri appraisal, TestCluster cluster)
{
    public async Task<HttpResponseMessage> SubmitAsync(string asUnit, string forUnit, HttpContent body)
    {
        using var client = new HttpClient { BaseAddress = intake };
        client.DefaultRequestHeaders.Authorization = new("Bearer", ServiceHost.Token(Roles.Unit, asUnit));
        return await client.PostAsync(cluster.SelfAssessmentsOf(forUnit), body);
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> HeadListAsync(string headUnit)
    {
        using var client = new HttpClient { BaseAddress = appraisal };
        client.DefaultRequestHeaders.Authorization = new("Bearer", ServiceHost.Token(Roles.Head, headUnit));
        var response = await client.GetAsync(cluster.AppraisalList);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>Submitting waits until intake has its copy of the newly opened year.</summary>
    public Task<HttpResponseMessage> SubmitWhenOpenAsync(string unit, HttpContent body) =>
        Eventually.Until(() => SubmitAsync(unit, unit, body), r => r.StatusCode != HttpStatusCode.NotFound, what: "intake to learn the cluster-year");

    public Task<(HttpStatusCode Status, JsonElement Body)> HeadListWhenAsync(Func<JsonElement, bool> done) =>
        Eventually.Until(() => HeadListAsync(cluster.Head), r => r.Status == HttpStatusCode.OK && done(r.Body), what: "appraisal to list the submission");
}
