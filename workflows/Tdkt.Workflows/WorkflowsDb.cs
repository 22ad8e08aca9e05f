using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Persistence;
using Tdkt.Workflows.WorkingDays;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Escalations;
using Tdkt.Workflows.Instances;
using Tdkt.Workflows.Reminders;
using Tdkt.Workflows.Timers;

namespace Tdkt.Workflows;

public sealed class WorkflowsDb(DbContextOptions<WorkflowsDb> options) : ClusterYearsDb(options)
{
    public const string SchemaName = "workflows";
    public override string Schema => SchemaName;

    public DbSet<StoredDefinition> Definitions => Set<StoredDefinition>();
    public DbSet<ClusterAssignment> Assignments => Set<ClusterAssignment>();
    public DbSet<WorkflowInstance> Instances => Set<WorkflowInstance>();
    public DbSet<Obligation> Obligations => Set<Obligation>();
    public DbSet<WorkflowTimer> Timers => Set<WorkflowTimer>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<Escalation> Escalations => Set<Escalation>();
    public DbSet<CalendarOverrideCopy> CalendarOverrides => Set<CalendarOverrideCopy>();
    public DbSet<Clusters.KnownCluster> Clusters => Set<Clusters.KnownCluster>();
    public DbSet<Explanations.Explanation> Explanations => Set<Explanations.Explanation>();
    public DbSet<Completions.ReceivedCompletion> ReceivedCompletions => Set<Completions.ReceivedCompletion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<StoredDefinition>().ToTable("Definitions").HasKey(d => new { d.Id, d.Version });
        modelBuilder.Entity<ClusterAssignment>().ToTable("Assignments").HasKey(a => a.ClusterId);
        modelBuilder.Entity<Clusters.KnownCluster>().ToTable("Clusters").HasKey(c => c.ClusterId);
        modelBuilder.Entity<WorkflowInstance>(e =>
        {
            e.ToTable("Instances").HasKey(i => new { i.ClusterId, i.Year });
            e.Property(i => i.KnownDates).AsJson();
            // Two plans of one year at once must not both announce the same revision: the second save fails and is retried.
            e.Property(i => i.PlanRevision).IsConcurrencyToken();
        });
        modelBuilder.Entity<Obligation>(e =>
        {
            e.ToTable("Obligations").HasKey(o => o.Id);
            e.HasIndex(o => new { o.ClusterId, o.Year, o.StepId, o.UnitId }).IsUnique();
        });
        modelBuilder.Entity<WorkflowTimer>(e =>
        {
            e.ToTable("Timers").HasKey(t => t.Id);
            e.Property(t => t.Kind).HasConversion<int>();
            e.HasIndex(t => new { t.ObligationId, t.Kind, t.Offset, t.DueDate }).IsUnique();
            e.HasIndex(t => t.FireAt).HasFilter("\"FiredAt\" IS NULL");
            e.HasIndex(t => new { t.ClusterId, t.Year });
        });
        modelBuilder.Entity<Notice>(e =>
        {
            e.ToTable("Notices").HasKey(n => n.Id);
            e.Property(n => n.Kind).HasConversion<int>();
            e.Property(n => n.EmailState).HasConversion<int>();
            e.HasIndex(n => new { n.TimerId, n.Recipient }).IsUnique();
            e.HasIndex(n => n.Recipient);
            e.HasIndex(n => n.EmailState);
        });
        modelBuilder.Entity<Escalation>(e =>
        {
            e.ToTable("Escalations").HasKey(x => x.Id);
            e.HasIndex(x => new { x.ObligationId, x.DueDate }).IsUnique();
            e.Property(x => x.Notified).AsJson();
        });
        modelBuilder.Entity<Explanations.Explanation>(e =>
        {
            e.ToTable("Explanations").HasKey(x => x.RequestId);
            e.Property(x => x.RequestId).ValueGeneratedNever();
            e.Ignore(x => x.StepId);
        });
        modelBuilder.Entity<Completions.ReceivedCompletion>(e =>
        {
            e.ToTable("ReceivedCompletions").HasKey(c => c.Id);
            e.HasIndex(c => c.MessageId).IsUnique();
            e.HasIndex(c => new { c.ClusterId, c.Year });
            e.Property(c => c.Fields).AsJson();
        });
        modelBuilder.Entity<CalendarOverrideCopy>(e =>
        {
            e.ToTable("CalendarOverrides").HasKey(c => c.Year);
            e.Property(c => c.DaysOff).AsJson();
            e.Property(c => c.WorkingDays).AsJson();
        });
        // Instants this service compares and sorts are kept as Unix milliseconds: SQLite cannot compare DateTimeOffset.
        foreach (var property in modelBuilder.Model.GetEntityTypes()
                     .Where(t => t.ClrType.Namespace?.StartsWith("Tdkt.Workflows", StringComparison.Ordinal) == true)
                     .SelectMany(t => t.GetProperties())
                     .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            property.SetValueConverter(UnixMilliseconds.Converter);
    }
}
