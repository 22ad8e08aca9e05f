using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tdkt.Intake.Deadlines;

/// <summary>
/// Intake's copy of one step's deadline from the workflows runtime's latest plan of a cluster-year:
/// which event completes the step and when it is due.
/// </summary>
public sealed class StepDeadline
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string StepId { get; set; }
    public required string Title { get; set; }
    public required string Event { get; set; }
    /// <summary>The event's fields the step asks for, as "name=value" joined by '&amp;' in name order; "" when none.</summary>
    public required string Filter { get; set; }
    public DateOnly? DueDate { get; set; }
    /// <summary>UTC (PostgreSQL keeps no offset); the end of <see cref="DueDate"/> in Vietnam time.</summary>
    public DateTimeOffset? DueAt { get; set; }
}

public sealed class StepDeadlineConfiguration : IEntityTypeConfiguration<StepDeadline>
{
    public void Configure(EntityTypeBuilder<StepDeadline> e) =>
        e.ToTable("StepDeadlines").HasKey(d => new { d.ClusterId, d.Year, d.StepId });
}
