using static Tdkt.Workflows.Definitions.Tests.Shipped;

namespace Tdkt.Workflows.Definitions.Tests;

public class When_a_Bac_Kan_school_block_plans_its_school_years
{
    private const string Id = "bk-khoi-truong-hoc";

    [Fact]
    public void School_year_2025_2026_signs_in_Q4_2025_and_closes_in_May_2026()
    {
        Due(Id, 2025, "covenant-signing").Due.Should().Be(D(2025, 12, 31));  // Wednesday
        Due(Id, 2025, "mid-year-review").Due.Should().Be(D(2026, 1, 30));    // 31/1 is a Saturday
        Due(Id, 2025, "summary-conference").Due.Should().Be(D(2026, 5, 29)); // 31/5/2026 is a Sunday
    }

    [Fact]
    public void School_year_2026_2027_signs_in_Q4_2026_and_closes_in_May_2027()
    {
        Due(Id, 2026, "covenant-signing").Due.Should().Be(D(2026, 12, 31));  // Thursday
        Due(Id, 2026, "mid-year-review").Due.Should().Be(D(2027, 1, 29));    // 31/1/2027 is a Sunday
        Due(Id, 2026, "summary-conference").Due.Should().Be(D(2027, 5, 31)); // Monday
    }

    [Fact]
    public void Scores_are_due_the_working_day_before_the_conference() =>
        // Conference Mon 25/5/2026: the day before is a Sunday, so Friday 22/5.
        Due(Id, 2025, "self-assessment", ("summary-conference", D(2026, 5, 25))).Due.Should().Be(D(2026, 5, 22));

    [Fact]
    public void The_results_and_proposal_are_due_10_working_days_after_the_conference() =>
        // From Mon 25/5/2026: 26–29/5 (four), 1–5/6 (nine), Monday 8/6 (ten).
        Due(Id, 2025, "dossier", ("summary-conference", D(2026, 5, 25))).Due.Should().Be(D(2026, 6, 8));
}

public class When_a_health_cluster_plans_its_year
{
    private const string Id = "yt-cum-y-te";

    [Fact]
    public void Year_2025_reviews_before_30_July_and_summarises_before_20_January_2026()
    {
        // "Trước ngày 20/01": 19/1/2025 is a Sunday, so the covenant conference is due Friday 17/1.
        Due(Id, 2025, "covenant-signing").Due.Should().Be(D(2025, 1, 17));
        Due(Id, 2025, "mid-year-review").Due.Should().Be(D(2025, 7, 29));    // Tuesday
        Due(Id, 2025, "summary-conference").Due.Should().Be(D(2026, 1, 19)); // Monday
    }

    [Fact]
    public void Year_2026_reviews_before_30_July_and_summarises_before_20_January_2027()
    {
        Due(Id, 2026, "covenant-signing").Due.Should().Be(D(2026, 1, 19));   // Monday
        Due(Id, 2026, "mid-year-review").Due.Should().Be(D(2026, 7, 29));    // Wednesday
        Due(Id, 2026, "summary-conference").Due.Should().Be(D(2027, 1, 19)); // Tuesday
    }

    [Fact]
    public void A_conference_on_19_January_2026_needs_the_dossier_by_2_February()
    {
        // From Mon 19/1/2026, the last day the rule allows: 20–23/1 (four), 26–30/1 (nine), Monday 2/2 (ten).
        Due(Id, 2025, "dossier").IsDated.Should().BeFalse();
        Due(Id, 2025, "dossier", ("summary-conference", D(2026, 1, 19))).Due.Should().Be(D(2026, 2, 2));
    }
}

public class When_a_Ha_Dong_cluster_plans_its_year
{
    private const string Id = "hd-cum-khoi-quan";

    [Fact]
    public void Registration_in_January_2025_ends_before_the_Tet_break()
    {
        // 27–31/1/2025 are the official Tết days off: the last working day of January is Fri 24/1.
        Due(Id, 2025, "registration").Due.Should().Be(D(2025, 1, 24));
    }

    [Fact]
    public void Year_2025_has_the_covenant_in_Q1_the_review_before_30_July_and_the_summary_before_31_December()
    {
        Due(Id, 2025, "covenant-signing").Due.Should().Be(D(2025, 3, 31));
        Due(Id, 2025, "mid-year-review").Due.Should().Be(D(2025, 7, 29));
        Due(Id, 2025, "summary-conference").Due.Should().Be(D(2025, 12, 30)); // Tuesday
    }

    [Fact]
    public void A_conference_on_29_December_2025_needs_results_by_24_December_and_the_pre_meeting_by_26_December()
    {
        var conference = ("summary-conference", D(2025, 12, 29)); // Monday
        Due(Id, 2025, "results-notice", conference).Due.Should().Be(D(2025, 12, 24)); // 29 − 5 days, a Wednesday
        // 29 − 1 = Sunday 28/12: "at least one day before" moves back to Friday 26/12.
        Due(Id, 2025, "pre-meeting", conference).Due.Should().Be(D(2025, 12, 26));
    }

    [Fact]
    public void A_conference_on_29_December_2025_needs_the_dossier_by_13_January_2026()
    {
        // From Mon 29/12: 30 and 31/12 (two); 1/1 a holiday and Fri 2/1 swapped off; 5–9/1 (seven);
        // Saturday 10/1 the make-up working day (eight); 12/1 (nine), Tuesday 13/1 (ten).
        Due(Id, 2025, "dossier", ("summary-conference", D(2025, 12, 29))).Due.Should().Be(D(2026, 1, 13));
    }

    [Fact]
    public void Year_2026_dates_follow_the_same_rules()
    {
        Due(Id, 2026, "registration").Due.Should().Be(D(2026, 1, 30)); // 31/1 is a Saturday
        Due(Id, 2026, "covenant-signing").Due.Should().Be(D(2026, 3, 31));
        Due(Id, 2026, "mid-year-review").Due.Should().Be(D(2026, 7, 29));
        Due(Id, 2026, "summary-conference").Due.Should().Be(D(2026, 12, 30)); // Wednesday
        var conference = ("summary-conference", D(2026, 12, 30));
        Due(Id, 2026, "results-notice", conference).Due.Should().Be(D(2026, 12, 25)); // Friday
        Due(Id, 2026, "pre-meeting", conference).Due.Should().Be(D(2026, 12, 29));    // Tuesday
    }
}

public class When_the_Dien_Bien_highland_cluster_plans_its_year
{
    private const string Id = "db-cum-vung-cao";

    [Fact]
    public void Year_2025_reports_on_30_June_and_25_December_and_inspects_by_the_end_of_November()
    {
        Due(Id, 2025, "six-month-report").Due.Should().Be(D(2025, 6, 30)); // Monday
        var inspection = Due(Id, 2025, "cross-inspection");
        // 30/11/2025 is a Sunday: the October–November window closes Friday 28/11.
        (inspection.Opens, inspection.Due).Should().Be((D(2025, 10, 1), D(2025, 11, 28)));
        Due(Id, 2025, "annual-report").Due.Should().Be(D(2025, 12, 25));  // Thursday
        Due(Id, 2025, "self-assessment").Due.Should().Be(D(2025, 12, 25));
        Due(Id, 2025, "scoring-and-voting").Due.Should().Be(D(2026, 1, 30));
        Due(Id, 2025, "summary-conference").Due.Should().Be(D(2026, 3, 31));
    }

    [Fact]
    public void A_conference_on_3_March_2026_needs_the_board_report_before_the_Tet_break()
    {
        var conference = ("summary-conference", D(2026, 3, 3)); // Tuesday
        // 3/3 − 10 days = Sat 21/2; going back: 20–16/2 are Tết days off, 15–14/2 the weekend: Friday 13/2.
        Due(Id, 2025, "scores-to-board", conference).Due.Should().Be(D(2026, 2, 13));
        Due(Id, 2025, "draft-report-to-members", conference).Due.Should().Be(D(2026, 2, 26)); // 3/3 − 5 days, Thursday
        Due(Id, 2025, "pre-meeting", conference).Due.Should().Be(D(2026, 3, 2));
    }

    [Fact]
    public void Year_2026_dates_follow_the_same_rules()
    {
        Due(Id, 2026, "six-month-report").Due.Should().Be(D(2026, 6, 30));  // Tuesday
        Due(Id, 2026, "cross-inspection").Due.Should().Be(D(2026, 11, 30)); // Monday
        Due(Id, 2026, "annual-report").Due.Should().Be(D(2026, 12, 25));    // Friday
        Due(Id, 2026, "scoring-and-voting").Due.Should().Be(D(2027, 1, 29));
        Due(Id, 2026, "summary-conference").Due.Should().Be(D(2027, 3, 31)); // Wednesday
        var conference = ("summary-conference", D(2027, 3, 10)); // Wednesday
        Due(Id, 2026, "scores-to-board", conference).Due.Should().Be(D(2027, 2, 26)); // 28/2 is a Sunday
        Due(Id, 2026, "draft-report-to-members", conference).Due.Should().Be(D(2027, 3, 5));
        Due(Id, 2026, "pre-meeting", conference).Due.Should().Be(D(2027, 3, 9));
    }

    [Fact]
    public void No_step_waits_for_the_award_dossier_as_the_regulation_gives_it_none() =>
        // Điều 7 and 10 give no step or deadline for the dossier; the dossier then has no due date.
        Load(Id).Steps.Should().NotContain(s => s.CompletedBy.Event == "DossierSubmitted");
}
