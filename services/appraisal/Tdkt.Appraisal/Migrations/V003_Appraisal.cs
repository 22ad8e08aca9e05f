using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Appraisal.Migrations;

/// <summary>The head's appraisal: values, deductions, statuses, explanations, publication and objections, the audit trail.</summary>
[DbContext(typeof(AppraisalDb))]
[Migration("003_Appraisal")]
public sealed class V003_Appraisal : Migration
{
    private const string S = AppraisalDb.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>("Version", "SelfAssessments", schema: S, nullable: false, defaultValue: 1);
        m.AddColumn<string>("Bonus", "SelfAssessments", schema: S, nullable: false, defaultValue: "[]");
        m.AddColumn<decimal>("SelfScore", "SelfAssessments", schema: S, nullable: false, defaultValue: 0m);
        m.AddColumn<int>("DaysLate", "SelfAssessments", schema: S, nullable: true);
        m.CreateTable("AppraisedValues", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false), UnitId = t.Column<string>(nullable: false),
            Section = t.Column<string>(nullable: false), CriterionId = t.Column<string>(nullable: false),
            Input = t.Column<string>(nullable: false), Comment = t.Column<string>(nullable: false), By = t.Column<string>(nullable: false),
            At = t.Column<DateTimeOffset>(nullable: false), Revision = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AppraisedValues", x => new { x.ClusterId, x.Year, x.UnitId, x.Section, x.CriterionId }));
        m.CreateTable("Deductions", schema: S, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false), ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false),
            UnitId = t.Column<string>(nullable: false), Type = t.Column<string>(nullable: false), Count = t.Column<int>(nullable: false),
            PointsEach = t.Column<decimal>(nullable: true), Reason = t.Column<string>(nullable: false), Evidence = t.Column<string>(nullable: false),
            Source = t.Column<string>(nullable: false), SourceKey = t.Column<string>(nullable: false), By = t.Column<string>(nullable: false),
            At = t.Column<DateTimeOffset>(nullable: false), WithdrawnAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Deductions", x => x.Id));
        m.CreateIndex("IX_Deductions_ClusterId_Year_SourceKey", "Deductions", ["ClusterId", "Year", "SourceKey"], S, unique: true);
        m.CreateTable("StatusFacts", schema: S, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false), ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false),
            UnitId = t.Column<string>(nullable: false), FactId = t.Column<string>(nullable: true), Exclude = t.Column<bool>(nullable: false),
            Reason = t.Column<string>(nullable: false), Source = t.Column<string>(nullable: false), SourceKey = t.Column<string>(nullable: false),
            By = t.Column<string>(nullable: false), At = t.Column<DateTimeOffset>(nullable: false), WithdrawnAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_StatusFacts", x => x.Id));
        m.CreateIndex("IX_StatusFacts_ClusterId_Year_SourceKey", "StatusFacts", ["ClusterId", "Year", "SourceKey"], S, unique: true);
        m.CreateTable("Explanations", schema: S, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false), ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false),
            UnitId = t.Column<string>(nullable: false), CriterionId = t.Column<string>(nullable: true), Question = t.Column<string>(nullable: false),
            WorkingDays = t.Column<int>(nullable: false), DueDate = t.Column<DateOnly>(nullable: false), RequestedBy = t.Column<string>(nullable: false),
            RequestedAt = t.Column<DateTimeOffset>(nullable: false), Answer = t.Column<string>(nullable: true), AnswerFiles = t.Column<string>(nullable: false),
            AnsweredBy = t.Column<string>(nullable: true), AnsweredAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Explanations", x => x.Id));
        m.CreateIndex("IX_Explanations_ClusterId_Year_UnitId", "Explanations", ["ClusterId", "Year", "UnitId"], S);
        m.CreateTable("AppraisalYears", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false),
            PublishedAt = t.Column<DateTimeOffset>(nullable: true), ObjectionsUntil = t.Column<DateOnly>(nullable: true),
            FinalizedAt = t.Column<DateTimeOffset>(nullable: true), FinalJson = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AppraisalYears", x => new { x.ClusterId, x.Year }));
        m.CreateTable("Objections", schema: S, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false), ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false),
            UnitId = t.Column<string>(nullable: false), CriterionId = t.Column<string>(nullable: true), Text = t.Column<string>(nullable: false),
            By = t.Column<string>(nullable: false), At = t.Column<DateTimeOffset>(nullable: false), Answer = t.Column<string>(nullable: true),
            AnsweredBy = t.Column<string>(nullable: true), AnsweredAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Objections", x => x.Id));
        m.CreateIndex("IX_Objections_ClusterId_Year", "Objections", ["ClusterId", "Year"], S);
        m.CreateTable("Commitments", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false), UnitId = t.Column<string>(nullable: false),
            RegisteredAt = t.Column<DateTimeOffset>(nullable: true), SignedAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Commitments", x => new { x.ClusterId, x.Year, x.UnitId }));
        m.CreateTable("Audit", schema: S, columns: t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false), UnitId = t.Column<string>(nullable: true),
            CriterionId = t.Column<string>(nullable: true), What = t.Column<string>(nullable: false), Old = t.Column<string>(nullable: true),
            New = t.Column<string>(nullable: true), Why = t.Column<string>(nullable: false), By = t.Column<string>(nullable: false),
            At = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Audit", x => x.Id));
        m.CreateIndex("IX_Audit_ClusterId_Year_UnitId", "Audit", ["ClusterId", "Year", "UnitId"], S);
    }
}
