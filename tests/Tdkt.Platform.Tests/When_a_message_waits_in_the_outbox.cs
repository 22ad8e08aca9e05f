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
}
