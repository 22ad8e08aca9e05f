using static Tdkt.Workflows.Definitions.Tests.Shipped;

namespace Tdkt.Workflows.Definitions.Tests;

public class When_a_Bac_Kan_province_cluster_plans_2025
{
    private const string Id = "bk-cum-khoi-tinh";

    [Fact]
    public void The_covenant_is_due_by_the_end_of_the_first_quarter()
    {
        // Q1: 1/1–31/3/2025; 31/3/2025 is a Monday.
        var due = Due(Id, 2025, "covenant-signing");
        (due.Opens, due.Due).Should().Be((D(2025, 1, 1), D(2025, 3, 31)));
    }

    [Fact]
    public void The_mid_year_review_is_due_by_31_July() =>
        Due(Id, 2025, "mid-year-review").Due.Should().Be(D(2025, 7, 31)); // a Thursday

    [Fact]
    public void The_summary_conference_is_due_by_the_last_working_day_of_January_2026() =>
        // 31/1/2026 is a Saturday: within January means Friday 30/1.
        Due(Id, 2025, "summary-conference").Due.Should().Be(D(2026, 1, 30));

    [Fact]
    public void The_self_assessment_waits_for_the_conference_date()
    {
        var due = Due(Id, 2025, "self-assessment");
        due.IsDated.Should().BeFalse();
        due.NotDatedReason.Should().Contain("Hội nghị tổng kết");
    }

    [Fact]
    public void The_self_assessment_is_due_7_working_days_before_a_conference_on_20_January_2026()
    {
        // Back from Tue 20/1: 19, 16, 15, 14, 13, 12 (six) and Saturday 10/1/2026, the make-up
        // day for the New Year swap, is the 7th working day.
        var due = Due(Id, 2025, "self-assessment", ("summary-conference", D(2026, 1, 20)));
        due.Due.Should().Be(D(2026, 1, 10));
        due.DueAt.Should().Be(new DateTimeOffset(2026, 1, 10, 23, 59, 59, TimeSpan.FromHours(7)));
    }

    [Fact]
    public void The_dossier_waits_for_the_conference_date()
    {
        var due = Due(Id, 2025, "dossier");
        due.IsDated.Should().BeFalse();
        due.NotDatedReason.Should().Contain("Hội nghị tổng kết");
    }

    [Fact]
    public void The_dossier_is_due_10_working_days_after_a_conference_on_6_February_2026_counting_past_Tet()
    {
        // From Fri 6/2: 9–13/2 (five), 14–22/2 the Tết break, 23–27/2 (ten): Friday 27/2/2026.
        var due = Due(Id, 2025, "dossier", ("summary-conference", D(2026, 2, 6)));
        due.Due.Should().Be(D(2026, 2, 27));
        due.DueAt.Should().Be(new DateTimeOffset(2026, 2, 27, 23, 59, 59, TimeSpan.FromHours(7)));
    }
}

public class When_a_Bac_Kan_province_cluster_plans_2026
{
    private const string Id = "bk-cum-khoi-tinh";

    [Fact]
    public void The_quarter_and_month_deadlines_fall_on_their_last_working_days()
    {
        Due(Id, 2026, "covenant-signing").Due.Should().Be(D(2026, 3, 31));   // Tuesday
        Due(Id, 2026, "mid-year-review").Due.Should().Be(D(2026, 7, 31));    // Friday
        Due(Id, 2026, "summary-conference").Due.Should().Be(D(2027, 1, 29)); // 31/1/2027 is a Sunday
    }

    [Fact]
    public void Seven_working_days_before_8_January_2027_skip_New_Year_and_reach_29_December_2026()
    {
        // Back from Fri 8/1/2027: 7, 6, 5, 4 (four), Fri 1/1 is a holiday, then 31/12 (5), 30/12 (6), Tue 29/12 (7).
        Due(Id, 2026, "self-assessment", ("summary-conference", D(2027, 1, 8))).Due.Should().Be(D(2026, 12, 29));
    }
}
