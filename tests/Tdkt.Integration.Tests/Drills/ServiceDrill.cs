using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// One service alone on the real servers for the drill: its own virtual host on the broker, its own database, the
/// world it needs (<see cref="IDrillWorld"/>), and a log of every delivery to its consumers.
/// </summary>
public sealed class ServiceDrill : IAsyncDisposable
{
    private BrokerVirtualHost? _broker;
    private PostgresDatabase? _database;
    private DirectoryInfo? _files;
    private ServiceHost? _host;
    private Dictionary<Type, string> _endpoints = [];

    private ServiceDrill(DrilledService service, IDrillWorld world) => (Service, World) = (service, world);

    public DrilledService Service { get; }
    public IDrillWorld World { get; }
    public DeliveryLog Log { get; } = new();
    private PublishLog Publishes { get; } = new();
    /// <summary>What the drill itself published, so it is not taken for the service's.</summary>
    private readonly HashSet<Guid> _ours = [];
    public ServiceHost Host => _host!;
    public string Broker => _broker!.Connection;
    private IBus Bus => Host.Services.GetRequiredService<IBus>();

    public static async Task<ServiceDrill> StartAsync(DrilledService service)
    {
        var drill = new ServiceDrill(service, await DrillWorlds.CreateAsync(service.Name));
        try
        {
            drill._broker = await BrokerVirtualHost.CreateAsync("tdkt-drill");
            drill._database = await PostgresDatabase.CreateAsync();
            drill._files = Directory.CreateTempSubdirectory("tdkt-drill-files-");
            var settings = ServiceHost.OnRealServers(drill._database.ConnectionString);
            settings[ConfigKeys.RabbitMqConnection] = drill._broker.Connection;
            settings[ConfigKeys.FilesPath] = drill._files.FullName;
            foreach (var (key, value) in ConsumerPairs.SwitchedOn) settings[key] = value;
            drill.World.Configure(settings);
            drill._host = await ServiceHost.StartAsync(settings, drill.World.ConfigureServices, service.Create());
            drill.Bus.ConnectConsumeObserver(drill.Log);
            drill.Bus.ConnectPublishObserver(drill.Publishes);
            var names = drill.Host.Services.GetRequiredService<IEndpointNameFormatter>();
            drill._endpoints = service.Pairs.Select(p => p.Consumer).Distinct().ToDictionary(c => c, c =>
                ((IEndpointDefinition)drill.Host.Services.GetRequiredService(typeof(IEndpointDefinition<>).MakeGenericType(c))).GetEndpointName(names));
            return drill;
        }
        catch
        {
            await drill.DisposeAsync();
            throw;
        }
    }

    /// <summary>The queue the consumer takes its messages from.</summary>
    public string EndpointOf(Type consumer) => _endpoints[consumer];

    /// <summary>
    /// Publishes a message as its service would and waits until every consumer of it here has consumed it, so what the
    /// drill delivers next finds it applied.
    /// </summary>
    public async Task PublishConsumedAsync(object message)
    {
        var id = NewId.NextGuid();
        _ours.Add(id);
        await Bus.Publish(message, message.GetType(), c => c.MessageId = id);
        var consumers = Service.Pairs.Count(p => p.Message == message.GetType());
        if (consumers > 0) await Log.ConsumedAsync(id, consumers, $"{message.GetType().Name} to be consumed by {consumers} consumer(s)");
    }

    /// <summary>Sends a message to one consumer's queue, with the given MessageId: the same id again is a redelivery.</summary>
    public async Task SendAsync(string endpoint, object message, Guid messageId)
    {
        var target = await Bus.GetSendEndpoint(new Uri($"queue:{endpoint}"));
        await target.Send(message, message.GetType(), c => c.MessageId = messageId);
    }

    /// <summary>
    /// The database, what the world saw, and what the service published on the bus without its outbox. Publishes are read
    /// first: a message the outbox dispatcher published then has its row in the tables read after.
    /// </summary>
    public async Task<DatabaseSnapshot> SnapshotAsync()
    {
        var published = Publishes.Published;
        var snapshot = await DatabaseSnapshot.TakeAsync(_database!.ConnectionString, World.Outside());
        var outbox = snapshot.OutboxMessageIds();
        return snapshot.With("published without the outbox",
            published.Where(p => !_ours.Contains(p.MessageId) && !outbox.Contains(p.MessageId)).Select(p => p.Type));
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        await World.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        if (_broker is not null) await _broker.DisposeAsync();
        _files?.Delete(recursive: true);
    }
}
