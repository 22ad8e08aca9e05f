using System.Text.Json;
using FluentAssertions;

namespace Tdkt.Cli.Tests;

public sealed class When_a_cluster_is_scored_from_files
{
    private static readonly string[] Dien_Bien =
        ["score", "--framework", TdktCommand.Shipped("db-huyen-vung-cao.yaml"), "--sheets", TdktCommand.Sample("db-huyen-vung-cao.yaml")];

    [Fact]
    public async Task The_JSON_gives_each_unit_its_total_rank_and_status_then_the_award_proposals()
    {
        var run = await TdktCommand.InProcessAsync(Dien_Bien);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        var json = JsonDocument.Parse(run.Output).RootElement;
        var units = json.GetProperty("units").EnumerateArray().ToList();
        units.Select(u => (u.GetProperty("id").GetString(), u.GetProperty("rank").GetInt32(), u.GetProperty("total").GetDecimal(), u.GetProperty("status").GetString()))
            .Should().Equal(
                ("muong-nhe", 1, 933.5m, "deferred"),
                ("tua-chua", 2, 918.5m, "eligible"),
                ("dien-bien-dong", 3, 911.25m, "eligible"),
                ("muong-cha", 4, 800m, "eligible"),
                ("nam-po", 5, 655.5m, "eligible"));
        var head = units[1];
        head.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("points").GetDecimal()).Should().Equal(519.5m, 182m, 182m);
        head.GetProperty("bonus").GetDecimal().Should().Be(35m, "30 for the cluster's bonus item and 5 for the head");
        head.GetProperty("deductions").GetDecimal().Should().Be(0m);
        units[0].GetProperty("reasons")[0].GetString().Should().Contain("đang chờ cơ quan có thẩm quyền kết luận");
        json.GetProperty("awards").EnumerateArray()
            .Select(a => (a.GetProperty("name").GetString(), string.Join(", ", a.GetProperty("proposed").EnumerateArray().Select(p => p.GetString()))))
            .Should().Equal(
                ("Cờ thi đua xuất sắc của UBND tỉnh", "tua-chua"),
                ("Bằng khen của UBND tỉnh (Nhì, Ba)", "dien-bien-dong, muong-cha"));
    }

    [Fact]
    public async Task The_table_shows_the_ranking_and_the_proposals_in_Vietnamese()
    {
        var run = await TdktCommand.InProcessAsync([.. Dien_Bien, "--format", "table"]);

        run.ExitCode.Should().Be(0);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        lines.Should().Contain(l => l.StartsWith("2 ") && l.Contains("UBND huyện Tủa Chùa") && l.Contains("918,5") && l.Contains("Đủ điều kiện"));
        lines.Should().Contain(l => l.StartsWith("1 ") && l.Contains("UBND huyện Mường Nhé") && l.Contains("Chưa xét"));
        lines.Should().Contain("- Cờ thi đua xuất sắc của UBND tỉnh (1 suất): UBND huyện Tủa Chùa");
        lines.Should().Contain("- Bằng khen của UBND tỉnh (Nhì, Ba) (2 suất): UBND huyện Điện Biên Đông, UBND huyện Mường Chà");
    }

    public static TheoryData<string, string[]> Samples => new()
    {
        { "bk-cum-huyen", ["cho-don 96", "bach-thong 93", "pac-nam 86.39", "tp-bac-kan 86.2", "ba-be 84.4", "na-ri 83.54", "cho-moi 76.38", "ngan-son 66.9"] },
        { "db-huyen-vung-cao", ["muong-nhe 933.5", "tua-chua 918.5", "dien-bien-dong 911.25", "muong-cha 800", "nam-po 655.5"] },
        { "hd-quan-ha-dong", ["ha-cau 991", "van-quan 979", "kien-hung 954.67", "mo-lao 928.47", "phu-la 918.4", "la-khe 870.33", "yet-kieu 828", "quang-trung 713.67"] },
        { "yt-y-te", ["bv-da-khoa 908", "cdc 908", "bv-phoi 891.5", "bv-ydct 842.5", "ttyt-tp 776"] },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Each_shipped_sample_gives_the_totals_checked_by_hand_in_its_header(string framework, string[] totals)
    {
        var run = await TdktCommand.InProcessAsync("score", "--framework", TdktCommand.Shipped($"{framework}.yaml"), "--sheets", TdktCommand.Sample($"{framework}.yaml"));

        run.ExitCode.Should().Be(0, run.Error);
        JsonDocument.Parse(run.Output).RootElement.GetProperty("units").EnumerateArray()
            .Select(u => $"{u.GetProperty("id").GetString()} {u.GetProperty("total").GetDecimal().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}")
            .Should().Equal(totals);
    }

    [Fact]
    public async Task A_tie_for_the_only_flag_is_left_to_a_vote()
    {
        var run = await TdktCommand.InProcessAsync("score", "--framework", TdktCommand.Shipped("yt-y-te.yaml"), "--sheets", TdktCommand.Sample("yt-y-te.yaml"));

        var flag = JsonDocument.Parse(run.Output).RootElement.GetProperty("awards")[0];
        flag.GetProperty("outcome").GetString().Should().Be("vote_required");
        flag.GetProperty("voteCandidates").EnumerateArray().Select(c => c.GetString()).Should().Equal("bv-da-khoa", "cdc");
    }
}
