using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Persistence;
using Tdkt.Voting.Ballots;
using Tdkt.Voting.Candidates;
using Tdkt.Voting.Conferences;
using Tdkt.Voting.Nominations;

namespace Tdkt.Voting;

public sealed class VotingDb(DbContextOptions<VotingDb> options) : ClusterYearsDb(options)
{
    public const string SchemaName = "voting";
    public override string Schema => SchemaName;

    public DbSet<Conference> Conferences => Set<Conference>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<FinalScores> FinalScores => Set<FinalScores>();
    public DbSet<Election> Elections => Set<Election>();
    public DbSet<ConsensusAnswer> ConsensusAnswers => Set<ConsensusAnswer>();
    public DbSet<BallotRound> Rounds => Set<BallotRound>();
    public DbSet<Ballot> Ballots => Set<Ballot>();
    public DbSet<BallotCode> BallotCodes => Set<BallotCode>();
    public DbSet<IssuedCode> IssuedCodes => Set<IssuedCode>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Conference>(e => e.ToTable("Conferences").HasKey(c => new { c.ClusterId, c.Year, c.Kind }));
        modelBuilder.Entity<CheckIn>(e => e.ToTable("CheckIns").HasKey(c => new { c.ClusterId, c.Year, c.Kind, c.UnitId }));
        modelBuilder.Entity<FinalScores>(e =>
        {
            e.ToTable("FinalScores").HasKey(f => new { f.ClusterId, f.Year });
            e.Ignore(f => f.Scores);
        });
        modelBuilder.Entity<Election>(e => e.ToTable("Elections").HasKey(x => new { x.ClusterId, x.Year }));
        modelBuilder.Entity<ConsensusAnswer>(e => e.ToTable("ConsensusAnswers").HasKey(a => new { a.ClusterId, a.Year, a.UnitId }));
        modelBuilder.Entity<BallotRound>(e =>
        {
            e.ToTable("Rounds").HasKey(r => r.Id);
            e.HasIndex(r => new { r.ClusterId, r.Year, r.Number }).IsUnique();
            e.Property(r => r.Candidates).AsJson();
            e.Property(r => r.Result).AsJson();
            e.Property(r => r.BallotCount).IsConcurrencyToken();
            e.Ignore(r => r.IsOpen);
        });
        modelBuilder.Entity<Ballot>(e =>
        {
            e.ToTable("Ballots").HasKey(b => new { b.RoundId, b.Seq });
            e.HasIndex(b => b.Hash).IsUnique();
            e.Property(b => b.Choices).AsJson();
        });
        modelBuilder.Entity<BallotCode>(e =>
        {
            e.ToTable("BallotCodes").HasKey(c => c.CodeHash);
            e.Property(c => c.Used).IsConcurrencyToken();
        });
        modelBuilder.Entity<IssuedCode>(e => e.ToTable("IssuedCodes").HasKey(i => new { i.RoundId, i.UnitId }));
    }
}
