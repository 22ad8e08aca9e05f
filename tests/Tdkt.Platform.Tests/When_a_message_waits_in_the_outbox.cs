using System.Diagnostics;
using FluentAssertions;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Platform.Tests;

public sealed class When_a_message_waits_in_the_outbox
{
    [Fact]
    public void It_is_published_later_as_the_same_contract_with_the_same_content()
    {
        var opened = new ClusterYearOpened("dien-bien-vung-cao", 2022, "Cụm thi đua huyện vùng cao", "tua-chua", null,
            [new ClusterMember("nam-po", "UBND huyện Nậm Pồ", ["a@nampo.example"])], DateTimeOffset.UnixEpoch,
            new AssignedFramework("db-huyen-vung-cao", 1, "Bảng điểm vùng cao", "id: db-huyen-vung-cao"));

        var row = OutboxMessage.For(opened, DateTimeOffset.UnixEpoch);
        var (message, type) = row.Deserialize();

        type.Should().Be<ClusterYearOpened>();
        message.Should().BeEquivalentTo(opened);
        row.SentAt.Should().BeNull();
        row.MessageId.Should().NotBeEmpty();
    }

    [Fact]
    public void It_carries_the_trace_context_of_the_code_that_wrote_it()
    {
        using var request = new Activity("POST self-assessments").SetIdFormat(ActivityIdFormat.W3C).Start();
        request.TraceStateString = "tdkt=1";

        var row = OutboxMessage.For(new ClusterRegistered("muong-nhe", "Cụm Mường Nhé", DateTimeOffset.UnixEpoch), DateTimeOffset.UnixEpoch);

        row.TraceParent.Should().Be(request.Id).And.StartWith($"00-{request.TraceId}-{request.SpanId}-");
        row.TraceState.Should().Be("tdkt=1");
    }

    [Fact]
    public void Written_outside_any_trace_it_carries_none()
    {
        Activity.Current = null;

        var row = OutboxMessage.For(new ClusterRegistered("muong-nhe", "Cụm Mường Nhé", DateTimeOffset.UnixEpoch), DateTimeOffset.UnixEpoch);

        row.TraceParent.Should().BeNull();
        row.TraceState.Should().BeNull();
    }
}
