using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Messaging;

namespace Tdkt.Platform.Persistence;

/// <summary>
/// A service's own database: its schema on PostgreSQL, its own file on SQLite. Every service
/// database carries the outbox and inbox so a state change and its messages commit together.
/// </summary>
public abstract class ServiceDb(DbContextOptions options) : DbContext(options)
{
    /// <summary>The PostgreSQL schema this service owns (SQLite has none: one file per service instead).</summary>
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    /// <summary>The save in progress adds outbox messages (set by the outbox interceptor).</summary>
    internal bool OutboxQueued { get; set; }

    // One save at a time per SQLite file (SqliteWriteGate); the turn is given back however the save ends.
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var turn = await SqliteWriteGate.TakeTurnAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var turn = SqliteWriteGate.TakeTurn(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Saves a few added rows that depend on no key another of them generates, which EF Core sends as one batch. On
    /// PostgreSQL that batch needs no transaction of its own: Npgsql ends it with one Sync, and PostgreSQL runs it as one
    /// implicit transaction, all or nothing. The BEGIN and the COMMIT's round trip are saved, about a sixth of the database's
    /// CPU per submission. A save that also updates or deletes keeps its transaction: EF Core checks those rows' counts
    /// after the batch has run, and only a transaction it has not committed yet can be rolled back when a count is off.
    /// SQLite would commit each statement alone, so there, as inside a caller's transaction, it is a plain save.
    /// </summary>
    public async Task<int> SaveOneBatchAsync(CancellationToken ct)
    {
        if (!Database.IsNpgsql() || Database.CurrentTransaction is not null
            || ChangeTracker.Entries().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            return await SaveChangesAsync(ct);
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        try { return await SaveChangesAsync(ct); }
        finally { Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded; }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // SQLite has no schemas (one file per service instead) and warns when one is configured.
        if (!Database.IsSqlite()) modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("OutboxMessages");
            e.HasKey(m => m.Sequence);
            e.HasIndex(m => m.MessageId).IsUnique();
            e.HasIndex(m => m.SentAt);
        });
        modelBuilder.Entity<InboxMessage>(e =>
        {
            e.ToTable("InboxMessages");
            e.HasKey(m => new { m.MessageId, m.Consumer });
        });
    }
}
