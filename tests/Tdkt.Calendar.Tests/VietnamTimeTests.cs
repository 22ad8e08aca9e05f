using Tdkt.Calendar;

namespace Tdkt.Calendar.Tests;

public class When_a_deadline_day_ends
{
    [Fact]
    public void It_ends_at_23_59_59_in_Ho_Chi_Minh_City()
    {
        VietnamTime.EndOf(new DateOnly(2025, 12, 25))
            .Should().Be(new DateTimeOffset(2025, 12, 25, 23, 59, 59, TimeSpan.FromHours(7)));
    }

    [Fact]
    public void Today_in_Vietnam_turns_at_17_00_UTC()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 12, 24, 17, 0, 0, TimeSpan.Zero));
        VietnamTime.Today(clock).Should().Be(new DateOnly(2025, 12, 25));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public class When_reading_an_overrides_file
{
    [Fact]
    public void A_bad_date_is_rejected()
    {
        var parse = () => OverridesYaml.Parse("year: 2030\ndaysOff:\n  - date: 2030-02-30\n");
        parse.Should().Throw<FormatException>();
    }

    [Fact]
    public void The_shipped_files_cover_2025_and_2026()
    {
        OfficialOverrides.All.Select(o => o.Year).Should().Contain([2025, 2026]);
    }
}
