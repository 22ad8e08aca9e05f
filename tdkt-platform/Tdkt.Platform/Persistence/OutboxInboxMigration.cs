using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Tdkt.Platform.Persistence;

/// <summary>
/// The outbox and inbox tables, written once for every service's first migration. Migrations are
/// hand-written (no EF Core Design package here) with provider-neutral column types, so the same
/// migration runs on PostgreSQL and SQLite.
/// </summary>
public static class OutboxInboxMigration
{
    public static void CreateOutboxAndInbox(this MigrationBuilder m, string schema)
    {
        m.CreateTable("OutboxMessages", schema: schema, columns: t => new
        {
            Sequence = t.Column<long>(nullable: false).AutoIncrement(),
            MessageId = t.Column<Guid>(nullable: false),
            MessageType = t.Column<string>(nullable: false),
            Body = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            SentAt = t.Column<DateTimeOffset>(nullable: true),
            Attempts = t.Column<int>(nullable: false),
            LastError = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_OutboxMessages", x => x.Sequence));
        m.CreateIndex("IX_OutboxMessages_MessageId", "OutboxMessages", "MessageId", schema, unique: true);
        m.CreateIndex("IX_OutboxMessages_SentAt", "OutboxMessages", "SentAt", schema);

        m.CreateTable("InboxMessages", schema: schema, columns: t => new
        {
            MessageId = t.Column<Guid>(nullable: false),
            Consumer = t.Column<string>(nullable: false),
            ProcessedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Consumer }));
    }

    /// <summary>The trace context each outbox row carries (issue 12); rows written before have none.</summary>
    public static void AddOutboxTraceContext(this MigrationBuilder m, string schema)
    {
        m.AddColumn<string>("TraceParent", "OutboxMessages", schema: schema, nullable: true);
        m.AddColumn<string>("TraceState", "OutboxMessages", schema: schema, nullable: true);
    }

    public static void DropOutboxTraceContext(this MigrationBuilder m, string schema)
    {
        m.DropColumn("TraceState", "OutboxMessages", schema: schema);
        m.DropColumn("TraceParent", "OutboxMessages", schema: schema);
    }

    /// <summary>
    /// The unsent rows in claim order, as a partial index: the publisher's "anything to send?" and its claim read
    /// this small index instead of walking every row ever sent (issue 12).
    /// </summary>
    public static void AddOutboxUnsentIndex(this MigrationBuilder m, string schema) =>
        m.CreateIndex("IX_OutboxMessages_Unsent", "OutboxMessages", "Sequence", schema, filter: "\"SentAt\" IS NULL");

    public static void DropOutboxUnsentIndex(this MigrationBuilder m, string schema) =>
        m.DropIndex("IX_OutboxMessages_Unsent", "OutboxMessages", schema);

    /// <summary>An identity column on PostgreSQL, AUTOINCREMENT on SQLite; each provider reads only its own annotation.</summary>
    public static OperationBuilder<AddColumnOperation> AutoIncrement(this OperationBuilder<AddColumnOperation> column) =>
        column.Annotation("Sqlite:Autoincrement", true)
              .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
