using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Npgsql;
using Tdkt.Voting.Ballots;

namespace Tdkt.Integration.Tests.Voting;

/// <summary>
/// Each unit takes its own code and casts; the test knows who had which code and which receipt. Neither the database
/// of the voting service nor anything it logged may let anybody else learn it.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_a_ballot_is_cast_in_secret(VotingServer server) : IClassFixture<VotingServer>
{
    [Fact]
    public async Task No_column_and_no_log_line_links_a_code_or_a_unit_to_a_ballot()
    {
        var (c, units) = await VotingOnlyYear.OpenAsync(server.Host, "db-huyen-vung-cao", 5);
        var round = await c.BallotRoundAsync(units);
        var codes = await c.CodesAsync(round, units);
        using var anybody = c.Anybody();
        var receipts = new Dictionary<string, string>();
        foreach (var (unit, code) in codes)
        {
            await c.OkAsync(anybody.PostAsJsonAsync("/voting/public/ballot-paper", new { code }));
            receipts[unit] = await c.CastAsync(code, units[1]);
        }
        await c.CloseAsync(round);

        (await ColumnsAsync("Ballots")).Should().BeEquivalentTo("RoundId", "Seq", "Choices", "Nonce", "PreviousHash", "Hash");
        (await ColumnsAsync("BallotCodes")).Should().BeEquivalentTo("CodeHash", "RoundId", "Used");
        (await ColumnsAsync("IssuedCodes")).Should().BeEquivalentTo("RoundId", "UnitId");
        var rows = await EveryRowAsync();
        var secrets = codes.Values.SelectMany(code => new[] { code, BallotCodes.Normalize(code)! }).ToList();
        var codeHashes = codes.Values.Select(code => BallotCodes.Hash(BallotCodes.Normalize(code)!)).ToList();
        rows.Should().NotContain(r => secrets.Any(s => r.Row.Contains(s)), "no code is stored, only its hash");
        rows.Where(r => receipts.Values.Any(r.Row.Contains)).Select(r => r.Table).Distinct()
            .Should().BeEquivalentTo(["Ballots", "Rounds"], "a receipt is only in the box (and as the round's last hash)");
        rows.Where(r => codeHashes.Any(r.Row.Contains)).Should().OnlyContain(r => r.Table == "BallotCodes")
            .And.OnlyContain(r => !units.Any(r.Row.Contains), "the register of codes names no unit");
        rows.Where(r => r.Table == "IssuedCodes").Should().OnlyContain(r => !codeHashes.Any(r.Row.Contains) && !receipts.Values.Any(r.Row.Contains));

        var logged = server.Logs.All.ToList();
        logged.Should().NotBeEmpty();
        logged.Should().NotContain(l => secrets.Any(l.Contains) || codeHashes.Any(l.Contains) || receipts.Values.Any(l.Contains));
    }

    [Fact]
    public async Task Before_closing_nobody_sees_a_count_of_votes_the_head_included()
    {
        var (c, units) = await VotingOnlyYear.OpenAsync(server.Host, "db-huyen-vung-cao", 3);
        var round = await c.BallotRoundAsync(units);
        using var head = c.Head();
        var receipt = await c.CastAsync((await c.CodesAsync(round, [units[2]]))[units[2]], units[0]);

        var live = await c.OkAsync(head.GetAsync($"{c.Path}/rounds/{round}"));
        live.GetProperty("ballotsCast").GetInt32().Should().Be(1);
        live.GetProperty("candidates").EnumerateArray().Should().OnlyContain(x => x.GetProperty("votes").ValueKind == System.Text.Json.JsonValueKind.Null);
        using var anybody = c.Anybody();
        (await c.ProblemAsync(anybody.GetAsync($"/voting/public/clusters/{c.Path.Split('/')[3]}/years/2024/rounds/{round}"), HttpStatusCode.Conflict))
            .Should().Contain("chỉ công bố sau khi đóng vòng");
        var check = await c.OkAsync(anybody.GetAsync($"/voting/public/receipts/{receipt}"));
        check.GetProperty("counted").GetBoolean().Should().BeFalse();
        check.GetProperty("choices").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);

        await c.CloseAsync(round);
        check = await c.OkAsync(anybody.GetAsync($"/voting/public/receipts/{receipt}"));
        check.GetProperty("counted").GetBoolean().Should().BeTrue();
        check.GetProperty("choices").EnumerateArray().Select(x => x.GetString()).Should().Equal(units[0]);
    }

    [Fact]
    public async Task A_cast_ballot_can_be_neither_changed_nor_removed_in_the_database()
    {
        var (c, units) = await VotingOnlyYear.OpenAsync(server.Host, "db-huyen-vung-cao", 3);
        var round = await c.BallotRoundAsync(units);
        var receipt = await c.CastAsync((await c.CodesAsync(round, [units[0]]))[units[0]], units[1]);
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();

        foreach (var sql in new[]
                 {
                     $"UPDATE voting.\"Ballots\" SET \"Choices\" = '[\"{units[2]}\"]' WHERE \"Hash\" = '{receipt}'",
                     $"DELETE FROM voting.\"Ballots\" WHERE \"Hash\" = '{receipt}'",
                     "TRUNCATE voting.\"Ballots\"",
                 })
        {
            var change = async () => { await using var command = new NpgsqlCommand(sql, connection); await command.ExecuteNonQueryAsync(); };
            (await change.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("append-only");
        }
        await c.CloseAsync(round);
        (await c.PublishedRoundAsync(round)).GetProperty("ballots")[0].GetProperty("choices")[0].GetString().Should().Be(units[1]);
    }

    private Task<List<string>> ColumnsAsync(string table) =>
        QueryAsync("SELECT column_name FROM information_schema.columns WHERE table_schema = 'voting' AND table_name = @t", table);

    /// <summary>Every row of every table of the service's schema, outbox and inbox included, as JSON text.</summary>
    private async Task<List<(string Table, string Row)>> EveryRowAsync()
    {
        var tables = await QueryAsync("SELECT table_name FROM information_schema.tables WHERE table_schema = 'voting'");
        tables.Should().Contain(["Ballots", "BallotCodes", "IssuedCodes", "Rounds"]);
        var rows = new List<(string, string)>();
        foreach (var table in tables)
            rows.AddRange((await QueryAsync($"SELECT row_to_json(t)::text FROM voting.\"{table}\" t")).Select(r => (table, r)));
        return rows;
    }

    private async Task<List<string>> QueryAsync(string sql, string? t = null)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (t is not null) command.Parameters.AddWithValue("t", t);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
