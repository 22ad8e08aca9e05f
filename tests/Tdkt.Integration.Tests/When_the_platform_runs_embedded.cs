using System.Net;
using FluentAssertions;
using Tdkt.Embedded;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>Tdkt.Host's composition: every service in one process, in-memory bus, SQLite files, demo data.</summary>
public sealed class When_the_platform_runs_embedded : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "tdkt-embedded-" + Guid.NewGuid().ToString("N"));
    private ServiceHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await ServiceHost.StartAsync(new Dictionary<string, string?>
        {
            [ConfigKeys.DatabaseProvider] = "sqlite",
            [ConfigKeys.DataDirectory] = _dataDirectory,
            [ConfigKeys.SeedDemoData] = "true",
        }, EmbeddedPlatform.Services());

    [Fact]
    public async Task A_demo_unit_submits_and_the_demo_head_reads_it()
    {
        // The Điện Biên highland cluster of 2022 (seed 004), loaded on first start.
        var cluster = new TestCluster("dien-bien-vung-cao", 2022, Head: "tua-chua", Member: "nam-po", Outsider: "ba-be");
        var slice = new SliceClient(_host.Address, _host.Address, cluster);

        var response = await slice.SubmitWhenOpenAsync("nam-po", SampleSheets.Of("db-huyen-vung-cao").Body("nam-po"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var (_, list) = await slice.HeadListWhenAsync(l => l.GetArrayLength() == 1);
        list[0].GetProperty("unitId").GetString().Should().Be("nam-po");
        (await slice.SubmitAsync("ba-be", "ba-be", TestCluster.Body(("1.1", 1m)))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        File.Exists(Path.Combine(_dataDirectory, "intake.db")).Should().BeTrue();
    }

    [Fact]
    public async Task A_demo_unit_sends_a_report_kept_in_the_file_store_of_the_data_directory()
    {
        using var client = _host.Client(ServiceHost.Token(Tdkt.Platform.Auth.Roles.Unit, "nam-po"));
        const string reports = "/intake/clusters/dien-bien-vung-cao/years/2022/units/nam-po/reports";
        await Eventually.Until(() => client.GetAsync(reports), r => r.StatusCode == HttpStatusCode.OK, what: "intake to learn the demo year");
        var pdf = SampleFiles.Pdf("Nậm Pồ");
        using var form = new MultipartFormDataContent { { new StringContent("six-month"), "kind" }, { new ByteArrayContent(pdf), "files", "Báo cáo sơ kết.pdf" } };

        var response = await client.PostAsync(reports, form);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        File.ReadAllBytes(Path.Combine(_dataDirectory, "files", sha[..2], sha[2..])).Should().Equal(pdf);
        (await client.GetByteArrayAsync($"{response.Headers.Location}/files/{sha}")).Should().Equal(pdf);
    }

    [Fact]
    public async Task It_reports_alive_and_healthy()
    {
        using var client = _host.Client();
        (await client.GetAsync("/alive")).StatusCode.Should().Be(HttpStatusCode.OK);
        var health = await client.GetAsync("/health");
        health.StatusCode.Should().Be(HttpStatusCode.OK);
        (await health.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
