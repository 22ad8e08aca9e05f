using FluentAssertions;
using Tdkt.Intake.Deadlines;

namespace Tdkt.Integration.Tests;

/// <summary>Intake's lateness: after the due moment is late, counted in calendar days of Vietnam time.</summary>
public sealed class When_a_submission_is_late
{
    private static readonly DateTimeOffset Due = new(2025, 12, 25, 23, 59, 59, TimeSpan.FromHours(7));

    [Theory]
    [InlineData("2025-12-25T23:59:59+07:00", false, 0)]
    [InlineData("2025-12-25T16:59:59Z", false, 0)]
    [InlineData("2025-12-26T00:00:00+07:00", true, 1)]
    [InlineData("2025-12-26T08:00:00+07:00", true, 1)]
    // 23:30 UTC on the 26th is already the 27th in Vietnam.
    [InlineData("2025-12-26T23:30:00Z", true, 2)]
    [InlineData("2026-01-05T10:00:00+07:00", true, 11)]
    public void The_days_late_are_counted_from_the_due_day_in_Vietnam(string submitted, bool late, int days) =>
        Lateness.Of(DateTimeOffset.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture), Due)
            .Should().Be(new Lateness(late, days));

    [Fact]
    public void Without_a_due_date_nothing_is_late() =>
        Lateness.Of(DateTimeOffset.UtcNow, null).Should().Be(Lateness.OnTime);
}
