using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Tdkt.Embedded;
using Tdkt.Platform.Hosting;

namespace Tdkt.Cli.Tests;

/// <summary>The embedded host as Tdkt.Host's Program.cs composes it, in a data folder of the test's own.</summary>
public sealed class When_the_host_starts : IAsyncLifetime
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("tdkt-host-");
    private readonly StringWriter _console = new();
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        _app = Embedded(_data.FullName);
        _app.MapTdktPlatformEndpoints();
        _app.PrintStartupBanner(_console);
        await _app.StartAsync();
    }

    [Fact]
    public void It_prints_where_it_listens_where_its_data_lives_and_how_to_get_a_token()
    {
        var url = _app.Urls.Single();
        var banner = _console.ToString();

        banner.Should().Contain(url).And.Contain(_data.FullName).And.Contain("tdkt token --role admin")
            .And.Contain($"{url}/scalar").And.Contain($"{url}/health");
        banner.Should().NotContain("\u001b");
    }

    [Fact]
    public void It_says_it_is_starting_and_where_its_data_is_before_the_slow_part() =>
        _console.ToString().Should().StartWith($"Nền tảng TĐKT đang khởi động (dữ liệu: {_data.FullName})");

    [Fact]
    public async Task With_its_usual_fixed_address_it_says_how_to_use_it_before_the_slow_part()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.UseEmbeddedDefaults();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [ConfigKeys.DataDirectory] = _data.FullName });
        await using var app = builder.Build();
        var console = new StringWriter();

        app.PrintStartupBanner(console);

        console.ToString().Should().Contain("http://127.0.0.1:5080").And.Contain("tdkt token --role admin")
            .And.Contain("http://127.0.0.1:5080/scalar").And.NotContain("đã sẵn sàng");
    }

    [Fact]
    public void It_says_when_it_is_ready() => _console.ToString().Should().Contain("Nền tảng TĐKT đã sẵn sàng");

    [Fact]
    public void Its_console_log_is_one_readable_line_per_event_and_no_line_per_request()
    {
        var options = _app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var simple = _app.Services.GetRequiredService<IOptionsMonitor<SimpleConsoleFormatterOptions>>().CurrentValue;
        var loggers = _app.Services.GetRequiredService<ILoggerFactory>();

        options.FormatterName.Should().Be(ConsoleFormatterNames.Simple);
        simple.SingleLine.Should().BeTrue();
        loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information).Should().BeFalse();
        loggers.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Information).Should().BeFalse();
        loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Warning).Should().BeTrue();
        loggers.CreateLogger("Tdkt.Registry.Import.DemoDataSeeder").IsEnabled(LogLevel.Information).Should().BeTrue();
    }

    [Fact]
    public async Task The_separate_services_keep_JSON_logs()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [ConfigKeys.DataDirectory] = _data.FullName });
        builder.AddTdktPlatform("separate");
        await using var app = builder.Build();

        app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName.Should().Be(ConsoleFormatterNames.Json);
    }

    private static WebApplication Embedded(string data)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.UseEmbeddedDefaults();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ConfigKeys.DataDirectory] = data,
            [ConfigKeys.Urls] = "http://127.0.0.1:0",
        });
        builder.AddTdktPlatform("tdkt", EmbeddedPlatform.Services());
        return builder.Build();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }
}
