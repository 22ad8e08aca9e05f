using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Tests;

public sealed class When_the_signing_key_is_resolved
{
    [Fact]
    public void The_embedded_host_and_the_CLI_share_one_key_generated_in_the_data_directory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tdkt-key-" + Guid.NewGuid().ToString("N"));
        try
        {
            var config = Config((ConfigKeys.DataDirectory, directory));

            var first = SigningKey.Resolve(config);
            var second = SigningKey.Resolve(config);

            first.Key.Should().Equal(second.Key);
            File.Exists(Path.Combine(directory, "signing.key")).Should().BeTrue();
            // Whoever reads the key can sign tokens for any role: its owner only.
            if (!OperatingSystem.IsWindows())
                File.GetUnixFileMode(Path.Combine(directory, "signing.key")).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Separate_services_without_a_configured_key_refuse_to_start_and_say_which_key() =>
        FluentActions.Invoking(() => SigningKey.Resolve(Config((ConfigKeys.DatabaseProvider, "postgres"))))
            .Should().Throw<InvalidOperationException>().WithMessage("*Tdkt:Auth:SigningKey*");

    [Fact]
    public void A_short_configured_key_is_refused() =>
        FluentActions.Invoking(() => SigningKey.Resolve(Config((ConfigKeys.AuthSigningKey, "too-short"))))
            .Should().Throw<InvalidOperationException>().WithMessage("*32 bytes*");

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build();
}
