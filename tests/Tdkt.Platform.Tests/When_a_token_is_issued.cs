using System.Text;
using FluentAssertions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tdkt.Platform.Auth;

namespace Tdkt.Platform.Tests;

public sealed class When_a_token_is_issued
{
    private static readonly SymmetricSecurityKey Key = new(Encoding.UTF8.GetBytes("a-test-key-that-is-long-enough-for-hmac-sha256"));

    [Fact]
    public async Task It_carries_the_role_and_the_unit_and_validates_with_the_same_key()
    {
        var now = DateTimeOffset.UtcNow;
        var token = new TokenIssuer(Key).Issue(Roles.Unit, "nam-po", "nam-po-noi-vu", TimeSpan.FromHours(1), now);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = SigningKey.Issuer, ValidAudience = SigningKey.DefaultAudience, IssuerSigningKey = Key,
        });

        result.IsValid.Should().BeTrue();
        result.Claims[TdktClaims.Role].Should().Be("unit");
        result.Claims[TdktClaims.Unit].Should().Be("nam-po");
        result.Claims[TdktClaims.Subject].Should().Be("nam-po-noi-vu");
    }

    [Fact]
    public async Task Another_key_does_not_validate_it()
    {
        var token = new TokenIssuer(Key).Issue(Roles.Admin, null, "quan-tri", TimeSpan.FromHours(1), DateTimeOffset.UtcNow);
        var other = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another-key-that-is-long-enough-for-hmac-sha256"));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = SigningKey.Issuer, ValidAudience = SigningKey.DefaultAudience, IssuerSigningKey = other,
        });

        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public void An_unknown_role_is_refused() =>
        FluentActions.Invoking(() => new TokenIssuer(Key).Issue("chairman", null, "x", TimeSpan.FromHours(1), DateTimeOffset.UtcNow))
            .Should().Throw<ArgumentException>();
}
