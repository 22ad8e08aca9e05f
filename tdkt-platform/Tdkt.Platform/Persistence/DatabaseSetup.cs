using System.Data.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Messaging;

namespace Tdkt.Platform.Persistence;

public static class DatabaseSetup
{
    /// <summary>
    /// Registers a service's database on the configured provider, migrates it at start, dispatches its
    /// outbox and reports it in /health.
    /// </summary>
    public static void AddServiceDb<TDb>(this WebApplicationBuilder builder, string schema) where TDb : ServiceDb
    {
        var config = builder.Configuration;
        builder.Services.AddSingleton<OutboxSignal<TDb>>();
        builder.Services.AddSingleton<GroupCommit<TDb>>();
        // Pooled: a new context per request resolved EF Core's internal services again for every request and every
        // consumed message (a profile of intake under a burst showed it), and its options parsed the connection string.
        // The contexts carry no state of their own beyond what EF Core resets when one returns to the pool.
        builder.Services.AddDbContextPool<TDb>((sp, o) =>
        {
            o.UseTdktProvider(config, schema);
            o.AddInterceptors(new OutboxSaveInterceptor<TDb>(sp.GetRequiredService<OutboxSignal<TDb>>()));
            // Interceptors the host registers (diagnostics, tests counting database activity) see every service's database.
            o.AddInterceptors(sp.GetServices<IInterceptor>());
        });
        builder.Services.AddHostedService<SchemaMigrator<TDb>>();
        builder.Services.TryAddSingleton<OutboxMetrics>();
        builder.Services.AddSingleton<OutboxPublisher<TDb>>();
        builder.Services.AddHostedService<OutboxDispatcher<TDb>>();
        builder.Services.AddHostedService<MessagePruner<TDb>>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TDb>($"{schema}-database");
    }

    /// <summary>Migrates a database that is not a service database (no outbox), e.g. the sign-in stores, at start.</summary>
    public static void AddSchemaMigrator<TDb>(this IServiceCollection services) where TDb : DbContext =>
        services.AddHostedService<SchemaMigrator<TDb>>();

    /// <summary>PostgreSQL when Tdkt:Database:Provider is "postgres", otherwise one SQLite file per service.</summary>
    public static DbContextOptionsBuilder UseTdktProvider(this DbContextOptionsBuilder o, IConfiguration config, string schema)
    {
        if (IsPostgres(config))
        {
            var connection = config[ConfigKeys.PostgresConnection]
                ?? throw new InvalidOperationException($"{ConfigKeys.PostgresConnection} is required when {ConfigKeys.DatabaseProvider} is postgres.");
            o.UseNpgsql(WithConnectionDefaults(connection), n => n
                .MigrationsHistoryTable("__migrations", schema)
                .ConfigureDataSource(d => d.ConfigureTracing(TraceOnlyWithinATrace)));
        }
        else
        {
            var directory = DataDirectory.Resolve(config);
            Directory.CreateDirectory(directory);
            o.UseSqlite($"Data Source={Path.Combine(directory, schema + ".db")}", s => s.MigrationsHistoryTable("__migrations"));
        }
        // Migrations are hand-written (no EF Core Design package): a test checks the schema against the model instead.
        return o.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>Seconds to wait for a connection, when the connection string does not say: a request meets a database that is away within them.</summary>
    public const int ConnectTimeoutSeconds = 5;

    /// <summary>Statements each connection keeps prepared, when the connection string does not say.</summary>
    public const int AutoPreparedStatements = 128;

    /// <summary>
    /// The connection string with this platform's defaults where the operator wrote none (what the operator wrote wins):
    /// Npgsql waits 15 s by default to open a connection (or to get one from a full pool), so a request answered 503
    /// after those seconds instead of a few; and without automatic preparation PostgreSQL parsed and planned every
    /// statement again, about as much CPU per self-assessment as intake's own (3.2 ms against 3.4 ms in P1). A pooled
    /// connection is not reset when it is closed: EF Core opens one for each query, and each reuse made PostgreSQL run
    /// Npgsql's reset statements first (1.15-1.35 ms of its CPU per self-assessment in P1 before, 0.76-0.81 ms after).
    /// The services set no session state; their one advisory lock is transaction-scoped.
    /// </summary>
    public static string WithConnectionDefaults(string connection)
    {
        var written = new DbConnectionStringBuilder { ConnectionString = connection };
        var builder = new NpgsqlConnectionStringBuilder(connection);
        // Npgsql's only name for it: the builder above already refused "Connect Timeout" and "Connection Timeout".
        if (!written.ContainsKey("Timeout")) builder.Timeout = ConnectTimeoutSeconds;
        if (!written.ContainsKey("Max Auto Prepare")) builder.MaxAutoPrepare = AutoPreparedStatements;
        if (!written.ContainsKey("No Reset On Close")) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    /// <summary>
    /// Commands are traced inside a request or a consumed message only: the loops' polls (outbox, timers, e-mail)
    /// run outside any trace and would each start one, burying the traces people look for.
    /// </summary>
    private static void TraceOnlyWithinATrace(NpgsqlTracingOptionsBuilder tracing) => tracing
        .ConfigureCommandFilter(_ => Activity.Current is not null)
        .ConfigureBatchFilter(_ => Activity.Current is not null);

    public static bool IsPostgres(IConfiguration config) =>
        string.Equals(config[ConfigKeys.DatabaseProvider], "postgres", StringComparison.OrdinalIgnoreCase);
}
