using FluentAssertions;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Platform.Tests;

public sealed class When_outbox_messages_are_put_in_order
{
    private static readonly DateOnly Due = new(2025, 3, 10);
    private static readonly DateTimeOffset At = new(2025, 3, 5, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Messages_of_one_cluster_year_keep_one_order()
    {
        OrderingKey.Of(new StepDateScheduled("cum-1", 2025, "covenant", Due, null, "admin", At))
            .Should().Be(OrderingKey.Of(new StepDateScheduled("cum-1", 2025, "report", Due, Due, "admin", At)))
            .And.NotBe(OrderingKey.Of(new StepDateScheduled("cum-1", 2026, "covenant", Due, null, "admin", At)));
    }

    [Fact]
    public void Reminders_of_different_units_need_no_order_between_them()
    {
        OrderingKey.Of(Reminder("don-vi-1")).Should().NotBe(OrderingKey.Of(Reminder("don-vi-2")));
    }

    [Fact]
    public void A_units_reminder_and_missed_deadline_keep_their_order()
    {
        OrderingKey.Of(Reminder("don-vi-1")).Should().Be(OrderingKey.Of(
            new DeadlineMissed("cum-1", 2025, "self-assessment", "Tự chấm điểm", "don-vi-1", Due, At, 1, false, ["don-vi-1"], At)));
    }

    private static DeadlineReminderDue Reminder(string unit) =>
        new(1, "cum-1", 2025, "self-assessment", "Tự chấm điểm", unit, Due, 3, At);
}
