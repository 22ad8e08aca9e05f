using FluentAssertions;
using Npgsql;
using Tdkt.Platform.Persistence;

namespace Tdkt.Platform.Tests;

public sealed class When_a_database_connection_string_is_completed
{
    [Fact]
    public void The_platforms_defaults_fill_what_the_operator_left_out()
    {
        var completed = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithConnectionDefaults("Host=db;Username=tdkt"));

        completed.Timeout.Should().Be(DatabaseSetup.ConnectTimeoutSeconds);
        completed.MaxAutoPrepare.Should().Be(DatabaseSetup.AutoPreparedStatements);
        completed.NoResetOnClose.Should().BeTrue();
        (completed.Host, completed.Username).Should().Be(("db", "tdkt"));
    }

    [Fact]
    public void What_the_operator_wrote_wins()
    {
        var completed = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithConnectionDefaults(
            "Host=db;Timeout=20;Max Auto Prepare=0;No Reset On Close=false"));

        completed.Timeout.Should().Be(20);
        completed.MaxAutoPrepare.Should().Be(0);
        completed.NoResetOnClose.Should().BeFalse();
    }
}
