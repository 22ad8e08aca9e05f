using System.Net;
using FluentAssertions;
using Microsoft.IdentityModel.Tokens;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>Only HS256 tokens of the local key are taken, and the clocks may differ by 30 seconds, no more.</summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class When_a_token_is_checked(EmbeddedHost embedded)
{
    private const string Clusters = "/registry/clusters";

    [Fact]
    public async Task A_token_signed_with_another_algorithm_is_refused_even_with_the_right_key()
    {
        var status = await StatusAsync(Token(SecurityAlgorithms.HmacSha384, DateTime.UtcNow.AddHours(1)));

        status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_expired_a_few_seconds_ago_still_counts_but_not_one_expired_a_minute_ago()
    {
        (await StatusAsync(Token(SecurityAlgorithms.HmacSha256, DateTime.UtcNow.AddSeconds(-10)))).Should().Be(HttpStatusCode.OK);
        (await StatusAsync(Token(SecurityAlgorithms.HmacSha256, DateTime.UtcNow.AddSeconds(-60)))).Should().Be(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpStatusCode> StatusAsync(string token)
    {
        using var client = embedded.Client(token);
        return (await client.GetAsync(Clusters)).StatusCode;
    }

    private static string Token(string algorithm, DateTime expires) =>
        ServiceHost.Token(new Dictionary<string, object> { [TdktClaims.Role] = Roles.Admin }, expires, algorithm);
}
