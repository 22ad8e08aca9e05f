using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Tdkt.Platform.Persistence;
using Tdkt.Platform.Problems;

namespace Tdkt.Platform.Tests;

/// <summary>The platform's error handling, on a small web app whose endpoints meet real database failures.</summary>
public sealed class When_the_database_is_away_during_a_request : IAsyncLifetime
{
    private readonly string _sqlite = Path.Combine(Path.GetTempPath(), $"tdkt-locked-{Guid.NewGuid():N}.db");
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddTdktProblemDetails();
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        _app = builder.Build();
        _app.UseExceptionHandler();
        // Nothing listens on port 1: the connection is refused, as when PostgreSQL is stopped.
        _app.MapGet("/postgres-down", async () =>
        {
            await using var connection = new NpgsqlConnection("Host=127.0.0.1;Port=1;Username=postgres;Timeout=2");
            await connection.OpenAsync();
        });
        // One second of SQLite's busy wait (0 would wait for ever), then "database is locked".
        _app.MapGet("/sqlite-locked", async () =>
        {
            await using var connection = new SqliteConnection($"Data Source={_sqlite};Default Timeout=1");
            await connection.OpenAsync();
            await using var write = new SqliteCommand("INSERT INTO t VALUES (2)", connection);
            await write.ExecuteNonQueryAsync();
        });
        _app.MapGet("/unique-violation", () =>
        {
            throw new DbUpdateException("save failed", new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation));
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    [Fact]
    public async Task A_refused_PostgreSQL_connection_is_answered_503_with_Retry_After_in_Vietnamese()
    {
        var response = await _client.GetAsync("/postgres-down");

        await ShouldSayRetryLaterAsync(response);
    }

    [Fact]
    public async Task A_SQLite_file_another_writer_holds_is_answered_503_with_Retry_After_in_Vietnamese()
    {
        await using var holder = new SqliteConnection($"Data Source={_sqlite}");
        await holder.OpenAsync();
        await using (var create = new SqliteCommand("CREATE TABLE t (x INTEGER); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);", holder))
            await create.ExecuteNonQueryAsync();

        var response = await _client.GetAsync("/sqlite-locked");

        await ShouldSayRetryLaterAsync(response);
    }

    [Fact]
    public async Task A_failure_the_database_decided_is_not_taken_for_its_absence()
    {
        var response = await _client.GetAsync("/unique-violation");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Headers.RetryAfter.Should().BeNull();
    }

    [Theory]
    [InlineData(PostgresErrorCodes.AdminShutdown, true)]
    [InlineData(PostgresErrorCodes.CannotConnectNow, true)]
    [InlineData(PostgresErrorCodes.TooManyConnections, true)]
    [InlineData(PostgresErrorCodes.ConnectionFailure, true)]
    [InlineData(PostgresErrorCodes.UniqueViolation, false)]
    [InlineData(PostgresErrorCodes.SerializationFailure, false)]
    public void A_PostgreSQL_error_means_the_server_is_away_only_for_connection_and_shutdown_states(string sqlState, bool away) =>
        new DbUpdateException("save failed", new PostgresException("m", "FATAL", "FATAL", sqlState)).IsDatabaseUnavailable().Should().Be(away);

    private static async Task ShouldSayRetryLaterAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        response.Headers.RetryAfter?.Delta.Should().Be(TimeSpan.FromSeconds(DatabaseUnavailableHandler.RetryAfterSeconds));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString().Should().Be("Dịch vụ tạm thời không sẵn sàng.");
        problem.GetProperty("detail").GetString().Should().Be("Hệ thống tạm thời không truy cập được cơ sở dữ liệu. Vui lòng gửi lại yêu cầu sau ít giây.");
        problem.GetProperty("status").GetInt32().Should().Be(StatusCodes.Status503ServiceUnavailable);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_sqlite);
    }
}
