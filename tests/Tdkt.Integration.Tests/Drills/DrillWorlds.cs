using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// What a service must know of a cluster before the year's messages mean anything to it (the registry holds the
/// cluster, the workflows runtime follows a definition for it), and what it does outside its database.
/// </summary>
public interface IDrillWorld : IAsyncDisposable
{
    /// <summary>Settings the host starts with.</summary>
    void Configure(IDictionary<string, string?> settings) { }

    /// <summary>Services the host starts with, e.g. quicker retries.</summary>
    void ConfigureServices(IServiceCollection services) { }

    /// <summary>Runs before the sample's own preparation, for the cluster-year of one drilled delivery of <paramref name="message"/>.</summary>
    Task PrepareAsync(ServiceDrill drill, DrillYear year, Type message) => Task.CompletedTask;

    /// <summary>What the service did outside its database, compared like its tables.</summary>
    IReadOnlyDictionary<string, IEnumerable<string>> Outside() => new Dictionary<string, IEnumerable<string>>();

    ValueTask IAsyncDisposable.DisposeAsync() => ValueTask.CompletedTask;
}

public static class DrillWorlds
{
    public static async Task<IDrillWorld> CreateAsync(string service) => service switch
    {
        "registry" => new RegistryWorld(),
        "workflows" => new WorkflowsWorld(),
        "dossier" => await DossierWorld.StartAsync(),
        _ => new NothingToKnow(),
    };

    public static HttpClient Admin(this ServiceDrill drill) => drill.Host.Client(ServiceHost.Token(Roles.Admin));

    public static async Task ShouldBeAsync(this Task<HttpResponseMessage> sent, HttpStatusCode status, string what)
    {
        using var response = await sent;
        response.StatusCode.Should().Be(status, $"{what}: {await response.Content.ReadAsStringAsync()}");
    }

    private sealed class NothingToKnow : IDrillWorld;

    /// <summary>The cluster exists in the registry (an administrator created it), as every cluster a conference elects for does.</summary>
    private sealed class RegistryWorld : IDrillWorld
    {
        public async Task PrepareAsync(ServiceDrill drill, DrillYear year, Type message)
        {
            using var admin = drill.Admin();
            await admin.PostAsJsonAsync("/registry/clusters", new { id = year.ClusterId, name = year.ClusterName })
                .ShouldBeAsync(HttpStatusCode.Created, "the cluster created in the registry");
        }
    }
}
