using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Tdkt.Platform.Persistence;

/// <summary>Applies the service's migrations before anything else starts (registered before the bus).</summary>
internal sealed class SchemaMigrator<TDb>(IServiceScopeFactory scopes, ILogger<SchemaMigrator<TDb>> log) : IHostedService
    where TDb : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        await db.MigrateTdktAsync(cancellationToken);
        log.LogInformation("The schema of {Database} is at the latest version", typeof(TDb).Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class MigrationExtensions
{
    public static async Task MigrateTdktAsync(this DbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        // WAL lets the outbox dispatcher read while a request writes.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
