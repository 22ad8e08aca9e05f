using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Tdkt.Testing;

/// <summary>
/// Run by the runtime before the host's Main when DOTNET_STARTUP_HOOKS names this assembly (it must be this type's
/// name, in no namespace). It hears the host being built, as WebApplicationFactory does, and makes the clock named by
/// TDKT_TEST_CLOCK_FILE the host's TimeProvider, replacing the platform's system clock. Hosts without it are untouched.
/// </summary>
internal static class StartupHook
{
    // Held for the life of the process: the subscriptions must not be collected.
    private static HostBuildingListener? _listener;

    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(SharedClock.FileVariable) is not { Length: > 0 } path) return;
        _listener = new HostBuildingListener(SharedClock.Open(path));
        DiagnosticListener.AllListeners.Subscribe(_listener);
    }

    private sealed class HostBuildingListener(TimeProvider clock) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private readonly List<IDisposable> _subscriptions = [];

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.Extensions.Hosting") lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == "HostBuilding" && e.Value is IHostBuilder builder)
                builder.ConfigureServices((_, services) => services.Replace(ServiceDescriptor.Singleton(clock)));
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}
