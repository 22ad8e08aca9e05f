using Tdkt.Workflows.Definitions;
using static Tdkt.Workflows.Definitions.Tests.Shipped;

namespace Tdkt.Workflows.Definitions.Tests;

public class When_definitions_are_versioned
{
    // Numbered here, not by the shipped file (which grows a version whenever its steps change).
    private static readonly WorkflowDefinition V1 = Load("yt-cum-y-te") with { Version = 1 };
    private static readonly WorkflowDefinition V2Draft = V1 with { Version = 2, Status = DefinitionStatus.Draft };

    [Fact]
    public void A_published_version_cannot_be_saved_again() =>
        DefinitionVersions.CheckSave(V1 with { Title = "Sửa" }, [V1]).Should().ContainSingle()
            .Which.Message.Should().Contain("đã ban hành");

    [Fact]
    public void A_new_version_must_be_higher_than_the_stored_ones() =>
        DefinitionVersions.CheckSave(V1 with { Status = DefinitionStatus.Draft }, [V2Draft]).Should().ContainSingle()
            .Which.ToString().Should().Be("version: phiên bản mới phải lớn hơn 2");

    [Fact]
    public void A_draft_can_be_edited_until_it_is_published()
    {
        DefinitionVersions.CheckSave(V2Draft with { Title = "Sửa" }, [V1, V2Draft]).Should().BeEmpty();
        var published = DefinitionVersions.Publish(V2Draft);
        DefinitionVersions.CheckSave(published with { Title = "Sửa nữa" }, [V1, published]).Should().NotBeEmpty();
    }

    [Fact]
    public void A_new_cluster_year_takes_the_latest_published_version_not_a_draft()
    {
        DefinitionVersions.ForNewClusterYear("yt-cum-y-te", [V1, V2Draft])!.Version.Should().Be(1);
        DefinitionVersions.ForNewClusterYear("yt-cum-y-te", [V1, DefinitionVersions.Publish(V2Draft)])!.Version.Should().Be(2);
    }
}
