using FluentAssertions;
using Tdkt.Platform.Hosting;
using YamlDotNet.RepresentationModel;

namespace Tdkt.Platform.Tests;

/// <summary>
/// Docker cannot run on these machines, so the compose file and the k8s manifests are checked
/// against each other and against the configuration keys the code reads.
/// </summary>
public sealed class When_the_deployment_files_are_read
{
    private static readonly string[] Servers = ["rabbitmq", "postgres"];
    private static readonly HashSet<string> KnownKeys = ConfigKeys.All.Select(ConfigKeys.AsEnvironmentVariable).ToHashSet();

    [Fact]
    public void Every_compose_service_has_a_Deployment_and_a_Service_in_k8s()
    {
        var services = PlatformServices().Select(s => s.Name);
        var k8s = KubernetesDocuments();

        foreach (var name in services)
        {
            k8s.Should().Contain(d => d.Kind == "Deployment" && d.Name == name, $"{name} runs in compose");
            k8s.Should().Contain(d => d.Kind == "Service" && d.Name == name, $"{name} must be reachable");
        }
        k8s.Where(d => d.Kind == "Deployment").Select(d => d.Name).Should().BeEquivalentTo(services);
    }

    [Fact]
    public void Compose_services_set_only_keys_the_code_reads_and_listen_where_they_say()
    {
        foreach (var (name, node) in PlatformServices())
        {
            var env = (YamlMappingNode)node["environment"];
            var keys = env.Children.Keys.Select(k => k.ToString()).ToList();
            keys.Should().BeSubsetOf(KnownKeys, $"{name} is configured only through documented keys");
            keys.Should().Contain(["Tdkt__Database__Provider", "ConnectionStrings__Postgres", "ConnectionStrings__RabbitMq", "Urls"]);
            env["Urls"].ToString().Should().EndWith(":8080");
            ((YamlSequenceNode)node["ports"]).Children.Single().ToString().Should().EndWith(":8080");
        }
    }

    [Fact]
    public void Deployments_probe_alive_and_health_on_the_port_they_listen_on_with_documented_keys()
    {
        var configMap = KubernetesDocuments().Single(d => d.Kind == "ConfigMap");
        var configKeys = ((YamlMappingNode)configMap.Root["data"]).Children.Keys.Select(k => k.ToString()).ToList();
        configKeys.Should().BeSubsetOf(KnownKeys);
        ((YamlMappingNode)configMap.Root["data"])["Urls"].ToString().Should().EndWith(":8080");

        foreach (var deployment in KubernetesDocuments().Where(d => d.Kind == "Deployment"))
        {
            var container = (YamlMappingNode)((YamlSequenceNode)deployment.Root["spec"]["template"]["spec"]["containers"]).Children.Single();
            container["livenessProbe"]["httpGet"]["path"].ToString().Should().Be("/alive");
            container["readinessProbe"]["httpGet"]["path"].ToString().Should().Be("/health");
            ((YamlSequenceNode)container["ports"]).Children.Single()["containerPort"].ToString().Should().Be("8080");
            container.Children.Should().ContainKey("resources");
            var env = ((YamlSequenceNode)container["env"]).Children.Select(e => e["name"].ToString()).ToList();
            env.Should().BeSubsetOf(KnownKeys);
            env.Concat(configKeys).Should().Contain(["Tdkt__Database__Provider", "ConnectionStrings__Postgres", "ConnectionStrings__RabbitMq", "Tdkt__Auth__SigningKey"]);
        }
    }

    [Fact]
    public void The_tracing_collector_starts_only_with_its_profile_and_services_send_to_it_only_when_told()
    {
        var optional = ComposeServices().Where(s => s.Node.Children.ContainsKey("profiles")).ToList();
        optional.Select(s => s.Name).Should().BeEquivalentTo("otel-collector", "jaeger");
        optional.Should().OnlyContain(s => ((YamlSequenceNode)s.Node["profiles"]).Children.Single().ToString() == "tracing");
        foreach (var (name, node) in PlatformServices())
            ((YamlMappingNode)node["environment"])[ConfigKeys.OtlpEndpoint].ToString().Should().Be("${TDKT_OTLP_ENDPOINT:-}",
                $"{name} sends telemetry only when the collector's address is given");
    }

    /// <summary>The platform's own services: neither the servers it needs nor the optional tools under a profile.</summary>
    private static IEnumerable<(string Name, YamlMappingNode Node)> PlatformServices() =>
        ComposeServices().Where(s => !Servers.Contains(s.Name) && !s.Node.Children.ContainsKey("profiles"));

    private static IEnumerable<(string Name, YamlMappingNode Node)> ComposeServices()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Root(), "docker-compose.yml"))));
        var services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
        return services.Children.Select(c => (c.Key.ToString(), (YamlMappingNode)c.Value)).ToList();
    }

    private sealed record K8sDocument(string Kind, string Name, YamlMappingNode Root);

    private static List<K8sDocument> KubernetesDocuments() =>
        Directory.GetFiles(Path.Combine(Root(), "k8s"), "*.yaml").SelectMany(file =>
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(file)));
            return yaml.Documents.Select(d => (YamlMappingNode)d.RootNode)
                .Select(r => new K8sDocument(r["kind"].ToString(), r["metadata"]["name"].ToString(), r));
        }).ToList();

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "docker-compose.yml"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("docker-compose.yml not found above the test binaries.");
    }
}
