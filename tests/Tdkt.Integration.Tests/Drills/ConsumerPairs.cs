using System.Reflection;
using MassTransit;
using MassTransit.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>One consumer of one message type, as a service registers it with MassTransit.</summary>
public sealed record ConsumerPair(string Service, Type Consumer, Type Message)
{
    /// <summary>The consumer's class as written, e.g. ClusterYearOpenedConsumer&lt;AppraisalDb&gt;.</summary>
    public string ConsumerName => Consumer.IsGenericType
        ? $"{Consumer.Name[..Consumer.Name.IndexOf('`')]}<{string.Join(", ", Consumer.GetGenericArguments().Select(a => a.Name))}>"
        : Consumer.Name;

    public override string ToString() => $"{Service}: {ConsumerName} of {Message.Name}";
}

/// <summary>A service the platform composes, and the consumers it registers.</summary>
public sealed record DrilledService(string Name, Type Type, IReadOnlyList<ConsumerPair> Pairs)
{
    public ITdktService Create() => (ITdktService)Activator.CreateInstance(Type)!;
}

/// <summary>
/// Every service of the platform (found by reflection over the Tdkt assemblies beside the tests, so a new service is
/// found too) and every consumer it registers, read from MassTransit's own registrations after the service's
/// AddServices and AddConsumers ran in the drill's configuration: what the host will run, including consumers a
/// setting switches on.
/// </summary>
public static class ConsumerPairs
{
    /// <summary>Settings that switch optional consumers on, so the drill covers them (the dossier's delivery).</summary>
    public static IReadOnlyDictionary<string, string?> SwitchedOn { get; } = new Dictionary<string, string?>
    {
        [ConfigKeys.DossierDeliveryUrl] = "http://127.0.0.1:9/ho-so",
    };

    private static readonly Lazy<IReadOnlyList<DrilledService>> Found = new(Discover);

    public static IReadOnlyList<DrilledService> Services => Found.Value;

    public static IEnumerable<ConsumerPair> All => Services.SelectMany(s => s.Pairs);

    /// <summary>The platform's own assemblies (not the tests'), loaded from the test's output folder.</summary>
    public static IReadOnlyList<Assembly> PlatformAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Tdkt.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n is not ("Tdkt.Integration.Tests" or "Tdkt.Testing"))
            .Order(StringComparer.Ordinal)
            .Select(n => Assembly.Load(new AssemblyName(n!)))
            .ToList();

    private static List<DrilledService> Discover() =>
        PlatformAssemblies()
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ITdktService).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(Registered)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();

    private static DrilledService Registered(Type type)
    {
        var service = (ITdktService)Activator.CreateInstance(type)!;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Test" });
        using var configuration = builder.Configuration;
        configuration.AddInMemoryCollection(new Dictionary<string, string?>(SwitchedOn)
        {
            [ConfigKeys.DatabaseProvider] = "postgres",
            // Nothing connects: only the registrations are read.
            [ConfigKeys.PostgresConnection] = "Host=127.0.0.1;Database=unused",
            [ConfigKeys.RabbitMqConnection] = "amqp://guest:guest@127.0.0.1:9/",
            [ConfigKeys.AuthSigningKey] = ServiceHost.SigningKey,
        });
        builder.AddTdktPlatform(service.Name, service);
        var pairs = builder.Services
            .Select(d => d.ImplementationInstance).OfType<IConsumerRegistration>()
            .SelectMany(r => MessagesOf(r.Type).Select(m => new ConsumerPair(service.Name, r.Type, m)))
            .OrderBy(p => p.ConsumerName, StringComparer.Ordinal).ThenBy(p => p.Message.Name, StringComparer.Ordinal)
            .ToList();
        return new DrilledService(service.Name, type, pairs);
    }

    /// <summary>The messages a consumer takes; a batch consumer takes its batch's messages one by one from the queue.</summary>
    public static IEnumerable<Type> MessagesOf(Type consumer) =>
        consumer.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
            .Select(i => i.GetGenericArguments()[0])
            .Select(m => m.IsGenericType && m.GetGenericTypeDefinition() == typeof(Batch<>) ? m.GetGenericArguments()[0] : m);
}
