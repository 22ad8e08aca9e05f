using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Appraisal;
using Tdkt.Appraisal.Publication;
using Tdkt.Contracts;
using Tdkt.Scoring.Awards;
using Tdkt.Scoring.Computation;
using Tdkt.Testing;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class When_the_board_checks_the_province_proposals(BrowserHost host)
{
    // A finalized year nobody else touches: finalizing needs the objection window to be over, which real time
    // does not allow in a test, so the finalized state is stored as appraisal stores it, from the sample's results.
    private const int Year = 2021;

    [Fact]
    public async Task Finalized_proposals_are_listed_and_a_proposal_over_the_cap_is_shown_as_a_violation()
    {
        await SeedFinalizedAsync();
        var board = await host.SignInAsync(host.People.Board);
        await board.GotoAsync($"/tinh/de-xuat/{Year}");
        (await board.TextContentAsync("[data-cluster='dien-bien-vung-cao']")).Should().Contain("Cờ thi đua xuất sắc").And.Contain("UBND huyện Tủa Chùa");
        (await board.TextContentAsync("#flag-max")).Should().Be("0", "20 % of one provincial flag is none");
        await board.CheckAsync("input[name=flags][value='tua-chua']");
        await board.ClickAsync("#check-caps");
        (await board.TextContentAsync("#caps-result")).Should().Contain("Vượt giới hạn").And.Contain("Cờ thi đua của Chính phủ");
        await board.SaveAsync("board-province-proposals");
    }

    private async Task SeedFinalizedAsync()
    {
        var sample = SampleSheets.Of("db-huyen-vung-cao");
        var result = ClusterScorer.Score(sample.Framework, sample.Sheets).Value!;
        var final = new ScoresFinalized("dien-bien-vung-cao", Year, DateTimeOffset.UtcNow, sample.Framework.Id, 1,
            result.Units.Select(u => new FinalUnitScore(u.UnitId, u.UnitName, u.IsHead, [], u.Bonus, u.Deductions, u.Total, u.Rank,
                u.TiedWith, "eligible", u.Reasons, u.LowerAward)).ToList(),
            result.Awards.Select(a => new ProposedAward(a.AwardId, a.AwardName, a.Seats, a.Outcome == AwardOutcome.Proposed ? "proposed" : "vote-required",
                a.Proposed, a.VoteCandidates, a.VoteSeats, a.SeatsForVoteLosers, a.Notes)).ToList());
        await using var scope = host.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppraisalDb>();
        if (await db.AppraisalYears.FindAsync("dien-bien-vung-cao", Year) is not null) return;
        db.AppraisalYears.Add(new AppraisalYear
        {
            ClusterId = "dien-bien-vung-cao", Year = Year, PublishedAt = final.FinalizedAt, FinalizedAt = final.FinalizedAt,
            FinalJson = JsonSerializer.Serialize(final, JsonSerializerOptions.Web),
        });
        await db.SaveChangesAsync();
    }
}
