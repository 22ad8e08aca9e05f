using FluentAssertions;
using Tdkt.Testing;

namespace Tdkt.Platform.Tests;

/// <summary>Where the tests' RabbitMQ and PostgreSQL come from: the rig's (or one's own) variables, Testcontainers, or nowhere.</summary>
public sealed class When_the_test_servers_are_chosen
{
    [Fact]
    public void A_set_variable_is_used_and_docker_is_not_even_asked()
    {
        var asked = false;

        var source = TestServerChoice.Choose("Host=127.0.0.1;Port=5433;Username=postgres", () => asked = true);

        source.Should().Be(TestServerSource.Variable);
        asked.Should().BeFalse("the rig's path must not wait for a Docker probe");
    }

    [Fact]
    public void Docker_answering_gives_containers()
    {
        TestServerChoice.Choose(null, () => true).Should().Be(TestServerSource.Container);
    }

    [Fact]
    public void An_empty_variable_counts_as_unset()
    {
        TestServerChoice.Choose("", () => true).Should().Be(TestServerSource.Container);
    }

    [Fact]
    public void Without_a_variable_or_an_answering_docker_there_is_no_server()
    {
        TestServerChoice.Choose(null, () => false).Should().Be(TestServerSource.None);
    }
}
