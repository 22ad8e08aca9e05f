using System.Data.Common;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Tdkt.Appraisal;
using Tdkt.Dossier;
using Tdkt.Intake;
using Tdkt.Platform.Persistence;
using Tdkt.Registry;
using Tdkt.Testing;
using Tdkt.Voting;
using Tdkt.Workflows;

namespace Tdkt.Integration.Tests;

/// <summary>
/// Migrations are written by hand (no EF Core Design package here), so this is what proves them:
/// after migrating, every table and column of the EF model exists with the model's nullability.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_a_service_database_is_migrated
{
    public static TheoryData<string> Services => ["registry", "accounts", "intake", "appraisal", "voting", "dossier", "workflows"];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task The_PostgreSQL_schema_matches_the_model(string service)
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var db = Open(service, o => o.UseNpgsql(database.ConnectionString, n => n.MigrationsHistoryTable("__migrations", service)));
        await db.MigrateTdktAsync();

        var actual = await ColumnsAsync(db, $"""
            SELECT table_name, column_name, is_nullable = 'YES' FROM information_schema.columns
            WHERE table_schema = '{service}' AND table_name <> '__migrations'
            """);

        actual.Should().BeEquivalentTo(ModelColumns(db));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task The_SQLite_schema_matches_the_model(string service)
    {
        var file = Path.Combine(Path.GetTempPath(), $"tdkt-migrate-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = Open(service, o => o.UseSqlite($"Data Source={file}", s => s.MigrationsHistoryTable("__migrations")));
            await db.MigrateTdktAsync();

            var actual = await ColumnsAsync(db, """
                SELECT m.name, p.name, p."notnull" = 0 FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT IN ('__migrations', '__EFMigrationsLock')
                """);

            actual.Should().BeEquivalentTo(ModelColumns(db));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static DbContext Open(string service, Action<DbContextOptionsBuilder> provider)
    {
        DbContext Create<T>() where T : DbContext
        {
            var options = new DbContextOptionsBuilder<T>();
            provider(options);
            options.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));
            return (T)Activator.CreateInstance(typeof(T), options.Options)!;
        }
        return service switch
        {
            "registry" => Create<RegistryDb>(),
            "accounts" => Create<Tdkt.Registry.Accounts.AccountsDb>(),
            "intake" => Create<IntakeDb>(),
            "appraisal" => Create<AppraisalDb>(),
            "voting" => Create<VotingDb>(),
            "dossier" => Create<DossierDb>(),
            "workflows" => Create<WorkflowsDb>(),
            _ => throw new ArgumentOutOfRangeException(nameof(service)),
        };
    }

    private static List<(string Table, string Column, bool Nullable)> ModelColumns(DbContext db) =>
        db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .SelectMany(e =>
            {
                var table = StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema());
                return e.GetProperties().Select(p => (table.Name, p.GetColumnName(table)!, p.IsColumnNullable(table)));
            })
            .ToList();

    private static async Task<List<(string Table, string Column, bool Nullable)>> ColumnsAsync(DbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var columns = new List<(string, string, bool)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1), Convert.ToBoolean(reader.GetValue(2))));
        return columns;
    }
}
