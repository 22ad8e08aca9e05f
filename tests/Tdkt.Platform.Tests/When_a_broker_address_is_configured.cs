using FluentAssertions;
using Tdkt.Platform.Messaging;

namespace Tdkt.Platform.Tests;

public sealed class When_a_broker_address_is_configured
{
    [Fact]
    public void Credentials_are_taken_out_of_the_address()
    {
        var address = RabbitMqAddress.Parse("amqp://tdkt:p%40ss@rabbitmq:5672/cum", out var user, out var password);

        (user, password).Should().Be(("tdkt", "p@ss"));
        address.ToString().Should().Be("rabbitmq://rabbitmq:5672/cum");
    }

    [Fact]
    public void Without_credentials_the_broker_default_is_used()
    {
        RabbitMqAddress.Parse("amqp://127.0.0.1:5673/", out var user, out var password);
        (user, password).Should().Be(("guest", "guest"));
    }
}
