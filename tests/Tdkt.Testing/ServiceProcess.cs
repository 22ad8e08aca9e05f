using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Tdkt.Platform.Hosting;

namespace Tdkt.Testing;

/// <summary>A service host started as its own OS process (`dotnet Tdkt.Xxx.Host.dll`), configured by environment only.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly ProcessStartInfo _start;
    private readonly string _name;
    private readonly StringBuilder _output = new();
    private Process _process = null!;

    private ServiceProcess(ProcessStartInfo start, string name, Uri address) => (_start, _name, Address) = (start, name, address);

    public Uri Address { get; }
    public int ProcessId => _process.Id;

    /// <param name="environment">Settings beside the servers' (e.g. where the identity server is).</param>
    /// <param name="port">A port chosen beforehand, when another process must know the address first.</param>
    public static async Task<ServiceProcess> StartAsync(string hostProject, string projectDirectory, string postgres,
        IReadOnlyDictionary<string, string>? environment = null, int? port = null)
    {
        var dll = Path.Combine(RepositoryRoot(), projectDirectory, "bin", BuildConfiguration(), "net10.0", hostProject + ".dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build {hostProject} first: {dll} is missing.", dll);
        var address = new Uri($"http://127.0.0.1:{port ?? FreePort()}");
        var start = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment[ConfigKeys.AsEnvironmentVariable(ConfigKeys.Urls)] = address.ToString();
        start.Environment[ConfigKeys.AsEnvironmentVariable(ConfigKeys.DatabaseProvider)] = "postgres";
        start.Environment[ConfigKeys.AsEnvironmentVariable(ConfigKeys.PostgresConnection)] = postgres;
        start.Environment[ConfigKeys.AsEnvironmentVariable(ConfigKeys.RabbitMqConnection)] = TestServers.RabbitMq;
        start.Environment[ConfigKeys.AsEnvironmentVariable(ConfigKeys.AuthSigningKey)] = ServiceHost.SigningKey;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[ConfigKeys.AsEnvironmentVariable(key)] = value;
        var service = new ServiceProcess(start, hostProject, address);
        await service.LaunchAsync();
        return service;
    }

    /// <summary>SIGKILL to the process and anything it started: no graceful stop, nothing flushed, as a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        Append($"--- killed (exit code {_process.ExitCode}) ---");
    }

    /// <summary>The same host again, on the same address and database, as a supervisor restarts a crashed service.</summary>
    public Task RestartAsync() => LaunchAsync();

    private async Task LaunchAsync()
    {
        _process?.Dispose();
        _process = Process.Start(_start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitHealthyAsync(_name);
    }

    private void Append(string? line) { lock (_output) _output.AppendLine(line); }

    private async Task WaitHealthyAsync(string name)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try { if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return; }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        string output;
        lock (_output) output = _output.ToString();
        throw new InvalidOperationException($"{name} did not become healthy. Its output:\n{output[Math.Max(0, output.Length - 4000)..]}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tdkt.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Tdkt.slnx not found above the test binaries.");
    }

    // bin/<Configuration>/net10.0/ of this test project.
    private static string BuildConfiguration() => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public async ValueTask DisposeAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
