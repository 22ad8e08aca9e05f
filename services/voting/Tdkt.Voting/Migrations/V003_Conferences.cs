using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Voting.Migrations;

/// <summary>Conferences and attendance, the finalized scores, the nomination and its secret ballot.</summary>
[DbContext(typeof(VotingDb))]
[Migration("003_Conferences")]
public sealed class V003_Conferences : Migration
{
    private const string S = VotingDb.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("Conferences", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false), Kind = t.Column<string>(nullable: false),
            Date = t.Column<DateOnly>(nullable: false), Venue = t.Column<string>(nullable: false), ScheduledBy = t.Column<string>(nullable: false),
            ScheduledAt = t.Column<DateTimeOffset>(nullable: false), HeldAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Conferences", x => new { x.ClusterId, x.Year, x.Kind }));
        m.CreateTable("CheckIns", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false), Kind = t.Column<string>(nullable: false),
            UnitId = t.Column<string>(nullable: false), UnitName = t.Column<string>(nullable: false), DelegateName = t.Column<string>(nullable: false),
            DelegatePosition = t.Column<string>(nullable: false), CheckedInAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_CheckIns", x => new { x.ClusterId, x.Year, x.Kind, x.UnitId }));
        m.CreateTable("FinalScores", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false), Document = t.Column<string>(nullable: false),
            FinalizedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_FinalScores", x => new { x.ClusterId, x.Year }));
        m.CreateTable("Elections", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false), Method = t.Column<string>(nullable: false),
            QuorumRule = t.Column<string>(nullable: false), Members = t.Column<int>(nullable: false), Required = t.Column<int>(nullable: false),
            Present = t.Column<int>(nullable: false), MajorityOf = t.Column<string>(nullable: false), OpenedAt = t.Column<DateTimeOffset>(nullable: false),
            OpenedBy = t.Column<string>(nullable: false), ObjectedBy = t.Column<string>(nullable: true), DecidedAt = t.Column<DateTimeOffset>(nullable: true),
            Decision = t.Column<string>(nullable: true), LeadershipDecidedAt = t.Column<DateTimeOffset>(nullable: true), Leadership = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Elections", x => new { x.ClusterId, x.Year }));
        m.CreateTable("ConsensusAnswers", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false), UnitId = t.Column<string>(nullable: false),
            Agrees = t.Column<bool>(nullable: false), Comment = t.Column<string>(nullable: true), At = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ConsensusAnswers", x => new { x.ClusterId, x.Year, x.UnitId }));
        CreateBallotTables(m);
    }

    // Nothing here records who cast a ballot or when: no unit, code or time column in Ballots, no unit in BallotCodes.
    private static void CreateBallotTables(MigrationBuilder m)
    {
        m.CreateTable("Rounds", schema: S, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false), ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false),
            Number = t.Column<int>(nullable: false), AwardId = t.Column<string>(nullable: false), AwardName = t.Column<string>(nullable: false),
            Seats = t.Column<int>(nullable: false), Candidates = t.Column<string>(nullable: false), Base = t.Column<int>(nullable: false),
            Threshold = t.Column<int>(nullable: false), OpenedAt = t.Column<DateTimeOffset>(nullable: false), OpenedBy = t.Column<string>(nullable: false),
            ClosedAt = t.Column<DateTimeOffset>(nullable: true), ClosedBy = t.Column<string>(nullable: true), BallotCount = t.Column<int>(nullable: false),
            LastHash = t.Column<string>(nullable: false), Result = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Rounds", x => x.Id));
        m.CreateIndex("IX_Rounds_ClusterId_Year_Number", "Rounds", ["ClusterId", "Year", "Number"], S, unique: true);
        m.CreateTable("Ballots", schema: S, columns: t => new
        {
            RoundId = t.Column<Guid>(nullable: false), Seq = t.Column<int>(nullable: false), Choices = t.Column<string>(nullable: false),
            Nonce = t.Column<string>(nullable: false), PreviousHash = t.Column<string>(nullable: false), Hash = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Ballots", x => new { x.RoundId, x.Seq }));
        m.CreateIndex("IX_Ballots_Hash", "Ballots", "Hash", S, unique: true);
        m.CreateTable("BallotCodes", schema: S, columns: t => new
        {
            CodeHash = t.Column<string>(nullable: false), RoundId = t.Column<Guid>(nullable: false), Used = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_BallotCodes", x => x.CodeHash));
        m.CreateTable("IssuedCodes", schema: S, columns: t => new
        {
            RoundId = t.Column<Guid>(nullable: false), UnitId = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IssuedCodes", x => new { x.RoundId, x.UnitId }));
    }
}
